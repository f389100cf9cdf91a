namespace KpiTracker.IntegrationTests.Infrastructure;

/// <summary>
/// The application's business clock in tests. It runs at real speed from wherever a test puts it, in either direction
/// (the package's FakeTimeProvider stands still and only moves forward, and each test starts afresh): code that expects
/// time to pass between two steps still sees it pass. Timestamps and timers stay real, so nothing in the framework that
/// measures elapsed time or waits on a timer is affected.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void SetUtcNow(DateTimeOffset value) => Interlocked.Exchange(ref _offsetTicks, value.UtcTicks - System.GetUtcNow().UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override long GetTimestamp() => System.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => System.CreateTimer(callback, state, dueTime, period);
}
