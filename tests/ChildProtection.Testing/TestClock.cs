namespace ChildProtection.Testing;

/// <summary>A clock a test moves by hand: deadline and age tests advance it instead of sleeping.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate) _now += by;
    }

    public void SetTo(DateTimeOffset now)
    {
        lock (_gate) _now = now;
    }
}
