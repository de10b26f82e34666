using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ChildProtection.Testing;

/// <summary>
/// Sums what one instrument (e.g. <c>deadlines.breached</c>) records in this process, per value of one tag, while it is
/// alive. Other test classes run in parallel in the same process, so assert on what your test alone can cause.
/// </summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, double> _sums = new(StringComparer.Ordinal);

    public MetricRecorder(string instrument, string tag)
    {
        _listener.InstrumentPublished = (i, l) =>
        {
            if (i.Name == instrument) l.EnableMeasurementEvents(i);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) => Add(value, tags, tag));
        _listener.SetMeasurementEventCallback<double>((_, value, tags, _) => Add(value, tags, tag));
        _listener.Start();
    }

    /// <summary>The sum recorded with <c>tag = value</c>; observable instruments are read now.</summary>
    public double Sum(string value)
    {
        _listener.RecordObservableInstruments();
        return _sums.GetValueOrDefault(value);
    }

    /// <summary>The last observed value of an observable gauge with <c>tag = value</c> (reads it now).</summary>
    public double Observe(string value)
    {
        _sums.TryRemove(value, out _);
        _listener.RecordObservableInstruments();
        return _sums.GetValueOrDefault(value);
    }

    private void Add(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, string tag)
    {
        foreach (var t in tags)
            if (t.Key == tag && t.Value?.ToString() is { } key)
                _sums.AddOrUpdate(key, value, (_, sum) => sum + value);
    }

    public void Dispose() => _listener.Dispose();
}
