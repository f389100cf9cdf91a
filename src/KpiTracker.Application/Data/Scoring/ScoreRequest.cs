namespace KpiTracker.Application.Data.Scoring;

/// <summary>
/// "Score this governorate in this cycle again": one row per (cycle, governorate), upserted in the transaction of every
/// decision that changes its inputs, so a burst of decisions leaves one row. <see cref="Version"/> grows with each upsert;
/// the drain deletes a row only at the version it scored, so a decision made while it was scoring asks again.
/// </summary>
public sealed class ScoreRequest
{
    public Guid CycleId { get; init; }
    public string OrgUnitCode { get; init; } = "";
    public long Version { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}
