// The tests here stop shared servers and kill processes: one at a time. The test run executes projects one after
// another (infra/local/testing.sh), so no other project's tests are running either.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
