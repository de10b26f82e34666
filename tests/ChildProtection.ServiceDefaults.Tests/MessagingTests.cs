using static ChildProtection.Testing.ProblemAssertions;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.ServiceDefaults.Tests;

/// <summary>A message only this test class publishes.</summary>
public sealed record ServiceDefaultsProbeRequested(Guid ProbeId);

/// <summary>Rejects each probe the first time it sees it, accepts it the second time.</summary>
public sealed class RejectOnceConsumer : IConsumer<ServiceDefaultsProbeRequested>
{
    public static readonly ConcurrentDictionary<Guid, int> Attempts = new();

    public Task Consume(ConsumeContext<ServiceDefaultsProbeRequested> context)
    {
        if (Attempts.AddOrUpdate(context.Message.ProbeId, 1, (_, n) => n + 1) == 1)
        {
            throw new DomainRejectionException("probe-rejected", "The probe is rejected the first time.");
        }
        return Task.CompletedTask;
    }
}

/// <summary>Against the real RabbitMQ (env CP_RABBIT_PORT, CP_RABBIT_MGMT_URL); fails when it is not running.</summary>
public sealed class MessagingTests
{
    private static readonly string Operator = TestTokens.For(user: "op-1", department: "platform", role: "operator", region: "*");

    private static Task<TestApp> StartAsync(string queue) => TestApp.StartAsync(
        app => app.MapOperatorEndpoints(),
        builder => builder.AddMessaging(bus => bus.AddConsumer<RejectOnceConsumer>().Endpoint(e => e.Name = queue)),
        new Dictionary<string, string?>
        {
            ["RabbitMq:Host"] = "127.0.0.1",
            ["RabbitMq:Port"] = LocalServers.RabbitPort,
            ["RabbitMq:ManagementUrl"] = LocalServers.RabbitManagementUrl,
            ["RabbitMq:ErrorQueuePollSeconds"] = "1",
        });

    // Ready once the bus is connected (the bus is a ready check). Waiting also keeps a test from stopping a
    // bus that is still starting, which would then create its queue after the cleanup deleted it.
    private static Task<string> WaitUntilReadyAsync(TestApp app) => EventuallyAsync(async () =>
    {
        var response = await app.Client.GetAsync("/health/ready");
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
    }, $"the bus to connect to RabbitMQ on port {LocalServers.RabbitPort}");

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what, int seconds = 30) where T : class
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(seconds); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            if (await probe() is { } value)
            {
                return value;
            }
        }
        throw new TimeoutException($"Timed out waiting for {what}.");
    }

    [Fact]
    public async Task A_rejected_message_skips_retries_lands_in_the_error_queue_and_is_requeued_by_an_operator()
    {
        var queue = $"sd-test-{Guid.NewGuid():N}";
        var errorQueue = queue + ErrorQueueAdmin.ErrorSuffix;
        using var rabbit = new RabbitManagement();
        using var depth = new Testing.MetricRecorder("messaging.error_queue.depth", "queue");
        try
        {
            await using var app = await StartAsync(queue);

            var ready = await WaitUntilReadyAsync(app);
            Assert.Contains("\"rabbitmq\"", ready, StringComparison.Ordinal);
            Assert.Equal("quorum", (await rabbit.QueueAsync(queue))?.GetProperty("type").GetString());

            var probe = Guid.NewGuid();
            await app.App.Services.GetRequiredService<IBus>().Publish(new ServiceDefaultsProbeRequested(probe));

            var peeked = await EventuallyAsync(async () =>
            {
                var response = await app.Client.SendAsync(TestTokens.Get($"/ops/errors/{errorQueue}", Operator));
                var messages = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<FaultedMessage[]>() : null;
                return messages is { Length: > 0 } ? messages : null;
            }, "the message in the error queue");

            var faulted = Assert.Single(peeked);
            Assert.Equal(1, RejectOnceConsumer.Attempts[probe]);
            Assert.Equal("The probe is rejected the first time.", faulted.FaultMessage);
            Assert.Equal(typeof(DomainRejectionException).FullName, faulted.FaultExceptionType);
            Assert.Contains(faulted.MessageTypes, t => t.EndsWith(nameof(ServiceDefaultsProbeRequested), StringComparison.Ordinal));

            var listed = await EventuallyAsync(async () =>
            {
                var queues = await (await app.Client.SendAsync(TestTokens.Get("/ops/errors", Operator))).Content.ReadFromJsonAsync<ErrorQueue[]>();
                return queues?.FirstOrDefault(q => q.Name == errorQueue && q.Messages == 1);
            }, "the error queue's count in the listing");
            Assert.Equal(queue, listed.SourceQueue);
            await EventuallyAsync(() => Task.FromResult<object?>(depth.Observe(errorQueue) == 1 ? errorQueue : null),
                "the error queue's depth in the messaging.error_queue.depth metric");

            var requeue = new HttpRequestMessage(HttpMethod.Post, $"/ops/errors/{errorQueue}/requeue");
            requeue.Headers.Authorization = new("Bearer", Operator);
            var result = await (await app.Client.SendAsync(requeue)).Content.ReadFromJsonAsync<RequeueResult>();
            Assert.Equal(new RequeueResult(errorQueue, queue, 1), result);

            await EventuallyAsync(
                () => Task.FromResult<object?>(RejectOnceConsumer.Attempts[probe] == 2 ? probe : null),
                "the requeued message to be consumed");
            var emptied = await app.Client.SendAsync(TestTokens.Get($"/ops/errors/{errorQueue}", Operator));
            Assert.Empty((await emptied.Content.ReadFromJsonAsync<FaultedMessage[]>())!);
            await EventuallyAsync(() => Task.FromResult<object?>(depth.Observe(errorQueue) == 0 ? errorQueue : null),
                "the metric back to 0 after the requeue");
        }
        finally
        {
            await rabbit.DeleteAsync(queue, errorQueue, queue + "_skipped");
        }
    }

    [Fact]
    public async Task Operator_endpoints_forbid_other_roles_and_refuse_non_error_queues()
    {
        var queue = $"sd-test-{Guid.NewGuid():N}";
        using var rabbit = new RabbitManagement();
        try
        {
            await AssertOperatorOnlyAsync(queue);
        }
        finally
        {
            await rabbit.DeleteAsync(queue);
        }
    }

    private static async Task AssertOperatorOnlyAsync(string queue)
    {
        await using var app = await StartAsync(queue);
        await WaitUntilReadyAsync(app);
        var caseworker = await app.Client.SendAsync(TestTokens.Get("/ops/errors", TestTokens.For()));
        await caseworker.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);

        var notAnErrorQueue = await app.Client.SendAsync(TestTokens.Get("/ops/errors/registry-child-registered", Operator));
        await notAnErrorQueue.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);

        var missing = await app.Client.SendAsync(TestTokens.Get($"/ops/errors/sd-test-missing-{Guid.NewGuid():N}_error", Operator));
        await missing.AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task Requeue_to_a_missing_source_queue_is_409_and_keeps_the_message()
    {
        var errorQueue = $"sd-test-orphan-{Guid.NewGuid():N}{ErrorQueueAdmin.ErrorSuffix}";
        using var rabbit = new RabbitManagement();
        try
        {
            await rabbit.SeedAsync(errorQueue, "{\"messageType\": [\"urn:message:Seeded\"]}");
            await using var app = await TestApp.StartAsync(
                web => web.MapOperatorEndpoints(),
                builder => builder.AddMessaging(),
                new Dictionary<string, string?> { ["RabbitMq:Port"] = LocalServers.RabbitPort, ["RabbitMq:ManagementUrl"] = LocalServers.RabbitManagementUrl });
            await WaitUntilReadyAsync(app);

            var requeue = new HttpRequestMessage(HttpMethod.Post, $"/ops/errors/{errorQueue}/requeue");
            requeue.Headers.Authorization = new("Bearer", Operator);
            var body = await (await app.Client.SendAsync(requeue)).AssertProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Rejected);
            Assert.Equal("requeue-target-missing", body.GetProperty("code").GetString());

            var kept = await (await app.Client.SendAsync(TestTokens.Get($"/ops/errors/{errorQueue}", Operator))).Content.ReadFromJsonAsync<FaultedMessage[]>();
            var message = Assert.Single(kept!);
            Assert.Equal("seeded-1", message.MessageId);
            Assert.Equal("seeded fault", message.FaultMessage);
            Assert.Equal(["urn:message:Seeded"], message.MessageTypes);
        }
        finally
        {
            await rabbit.DeleteAsync(errorQueue);
        }
    }

    [Fact]
    public void The_bus_registers_a_ready_health_check()
    {
        var app = TestApp.Build(builder => builder.AddMessaging());
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckServiceOptions>>().Value;
        Assert.Contains(options.Registrations, r => r.Name == "rabbitmq" && r.Tags.Contains(HealthTags.Ready));
    }
}
