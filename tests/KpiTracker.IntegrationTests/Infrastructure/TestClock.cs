namespace KpiTracker.IntegrationTests.Infrastructure;

/// <summary>
/// The application's business clock in tests: a settable "now" that stays where it is put, in either direction (the
/// package's FakeTimeProvider only moves forward, and each test starts afresh). Timestamps and timers stay real, so
/// nothing in the framework that measures elapsed time or waits on a timer stalls.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _utcTicks = DateTimeOffset.UtcNow.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void SetUtcNow(DateTimeOffset value) => Interlocked.Exchange(ref _utcTicks, value.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);

    public override long GetTimestamp() => System.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => System.CreateTimer(callback, state, dueTime, period);
}
