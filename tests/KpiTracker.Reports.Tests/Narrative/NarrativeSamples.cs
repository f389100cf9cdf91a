using KpiTracker.Reports.Narrative;

namespace KpiTracker.Reports.Tests.Narrative;

/// <summary>
/// Narrative facts built by hand (not read from a database, so they never move): North Al Batinah's 2025 final run of DOMAIN §4's
/// worked example, with a prior cycle, a plan to the next band, and the improvement loop's facts.
/// </summary>
internal static class NarrativeSamples
{
    public static readonly Guid RunId = Guid.Parse("6f1c2b9e-0d4a-4c43-9a51-2f0e8b7d1c35");

    public const string Hash = "3b5d5c3712955042212316173ccf37be0c9e6a2d1e4a7f29b1d0c5e8a6f4b2d1";

    public static readonly Named Advanced = new("advanced", "متقدم", "Advanced");

    public static readonly Named Leading = new("leading", "رائد", "Leading");

    public static NarrativeFacts Full => new(
        2025,
        RunId,
        Hash,
        new OverallFacts(75.6m, Advanced, 1.3m, false, 33m / 35m, 33, 35),
        [
            new("LSP", new("LSP", "القيادة والتخطيط الاستراتيجي", "Leadership and strategic planning"), 78.0m, 2.5m),
            new("HCC", new("HCC", "رأس المال البشري", "Human capital"), 71.5m, -0.4m),
            new("PAO", new("PAO", "العمليات", "Processes and operations"), 83.0m, 0.0m),
            new("INN", new("INN", "الابتكار", "Innovation"), 55.0m, -3.1m),
            new("CUS", new("CUS", "المستفيدون", "Customers"), 87.4m, 4.2m),
            new("GOV", new("GOV", "الحوكمة", "Governance"), 90.2m, 1.0m),
            new("ENV", new("ENV", "البيئة", "Environment"), 64.0m, null),
        ],
        [
            new("CUS-01", 12.0m), new("LSP-02", 8.5m), new("GOV-03", 8.5m), new("PAO-01", 2.0m),
            new("INN-03", -15.0m), new("HCC-02", -4.0m),
        ],
        new PlanFacts(Leading, 90.0m, [new("INN-01", 70m), new("CUS-02", 85m)], 90.1m),
        new QualityFacts(82.4m, 91.4m, 61.0m, 88.6m, 90.0m, 81.0m),
        new CommitmentFacts(["CUS-01", "LSP-02", "GOV-03"], ["INN-03", "HCC-02"], ["ENV-01"]),
        new ActionFacts(4, 0.64m, ["INN-03", "HCC-02"]));

    /// <summary>The first cycle: no prior run, so no change is stated anywhere.</summary>
    public static NarrativeFacts FirstCycle => Full with
    {
        Overall = Full.Overall with { Delta = null },
        Criteria = [.. Full.Criteria.Select(c => c with { Delta = null })],
        Indicators = [],
        Commitments = null,
        Actions = null,
    };

    /// <summary>A provisional run at 10 of 35: the index, its band, the criteria and the plan cannot be stated.</summary>
    public static NarrativeFacts Insufficient => FirstCycle with { Overall = new OverallFacts(61.2m, Advanced, null, true, 10m / 35m, 10, 35) };
}
