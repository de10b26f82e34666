using ChildProtection.ServiceDefaults.Time;

namespace ChildProtection.ServiceDefaults.EventSourcing.Commands;

/// <summary>The instant a command is decided at, and that instant's date in China Standard Time.</summary>
public readonly record struct Moment(DateTimeOffset Now, DateOnly Today)
{
    public static Moment Of(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new Moment(now, ChinaDate.On(now));
    }
}
