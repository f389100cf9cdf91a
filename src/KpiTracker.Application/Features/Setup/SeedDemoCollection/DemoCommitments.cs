using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Setup.SeedDemoCollection;

/// <summary>
/// Demo commitments for 2026, proposed from the open 2025 cycle by the OM-BS and OM-MA reviewers: some approved by the central
/// team, some returned with a reason, some still waiting, so the reviewer's table and the central team's list show every state.
/// Values are fixed (the target, or a value short of it), so every run gives the same commitments.
/// </summary>
internal static class DemoCommitments
{
    private const int ForYear = 2026;

    private static readonly (string Unit, string Indicator, Pick Value, CommitmentStatus Status, string? Reason)[] Plan =
    [
        ("OM-BS", "LSP-02", Pick.Target, CommitmentStatus.Approved, null),
        ("OM-BS", "HCC-05", Pick.Target, CommitmentStatus.Approved, null),
        ("OM-BS", "CUS-01", Pick.Lower, CommitmentStatus.Returned, "الالتزام أقل من قيمة 2025 ومن اتجاه المحافظة؛ نرجو رفعه إلى مستوى الاتجاه على الأقل."),
        ("OM-BS", "PAO-05", Pick.Target, CommitmentStatus.Proposed, null),
        ("OM-BS", "CUS-05", Pick.Midway, CommitmentStatus.Proposed, null),
        ("OM-MA", "LSP-01", Pick.Target, CommitmentStatus.Approved, null),
        ("OM-MA", "INN-05", Pick.Lower, CommitmentStatus.Returned, "Below the 2025 value: commit at least to this year's result."),
        ("OM-MA", "GOV-03", Pick.Midway, CommitmentStatus.Proposed, null),
    ];

    private enum Pick
    {
        Target,
        Lower,
        Midway,
    }

    public static async Task AddAsync(AppDbContext db, FrameworkEdition edition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reviewers = await db.Users.AsNoTracking().Where(u => u.UserName == "reviewer.bs" || u.UserName == "reviewer.ma")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, cancellationToken);
        foreach (var (unit, code, pick, status, reason) in Plan)
        {
            var indicator = edition.Indicators.Single(i => i.Code == code);
            var reviewer = "reviewer." + unit[3..].ToLowerInvariant();
            var commitment = Commitment.Propose(ForYear, unit, indicator, ValueOf(indicator, pick), reviewers.TryGetValue(reviewer, out var id) ? id : null, reviewer, now.AddDays(-2));
            _ = status switch
            {
                CommitmentStatus.Approved => commitment.Approve("central1", now.AddDays(-1)),
                CommitmentStatus.Returned => commitment.Return(reason!, "central1", now.AddDays(-1)),
                _ => [],
            };
            db.Commitments.Add(commitment);
        }
    }

    /// <summary>The target (for a range indicator, the middle of its band), the lower bound, or halfway between them; whole for counts.</summary>
    private static decimal ValueOf(Indicator indicator, Pick pick)
    {
        var (lower, target) = indicator.Range is { } range
            ? (range.LowerZero, (range.TargetLow + range.TargetHigh) / 2)
            : (indicator.Lower!.Value, indicator.Target!.Value);
        var value = pick switch { Pick.Target => target, Pick.Lower => lower, _ => (lower + target) / 2 };
        return indicator.Unit == IndicatorUnit.Count ? decimal.Round(value) : value;
    }
}
