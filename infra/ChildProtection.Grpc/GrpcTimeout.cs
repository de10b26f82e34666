using System.Globalization;

namespace ChildProtection.Grpc;

/// <summary>The <c>grpc-timeout</c> header: at most 8 digits and a unit (H M S m u n).</summary>
public static class GrpcTimeout
{
    public static bool TryParse(string? value, out TimeSpan timeout)
    {
        timeout = default;
        if (string.IsNullOrEmpty(value) || value.Length < 2 || value.Length > 9) return false;
        if (!long.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)) return false;
        double? ticks = value[^1] switch
        {
            'H' => amount * (double)TimeSpan.TicksPerHour,
            'M' => amount * (double)TimeSpan.TicksPerMinute,
            'S' => amount * (double)TimeSpan.TicksPerSecond,
            'm' => amount * (double)TimeSpan.TicksPerMillisecond,
            'u' => amount * 10.0,
            'n' => amount / 100.0,
            _ => null,
        };
        if (ticks is null) return false;
        timeout = TimeSpan.FromTicks((long)Math.Min(ticks.Value, TimeSpan.MaxValue.Ticks));
        return true;
    }

    /// <summary>Formats with the finest unit that keeps the value within 8 digits (rounded up, so a deadline never shrinks to 0).</summary>
    public static string Format(TimeSpan timeout)
    {
        var ticks = Math.Max(1, timeout.Ticks);
        foreach (var (unit, per) in new[] { ('n', 0.01), ('u', 10.0), ('m', (double)TimeSpan.TicksPerMillisecond), ('S', (double)TimeSpan.TicksPerSecond), ('M', (double)TimeSpan.TicksPerMinute), ('H', (double)TimeSpan.TicksPerHour) })
        {
            var amount = (long)Math.Ceiling(ticks / per);
            if (amount < 100_000_000) return amount.ToString(CultureInfo.InvariantCulture) + unit;
        }
        return "99999999H";
    }
}
