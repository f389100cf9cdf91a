using KpiTracker.Domain.Quality;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// Everything one governorate's score in one cycle is computed from; <see cref="Hash"/> identifies it. Read by
/// <see cref="ScoringRows"/> (target overrides, items with their revisions and flags) and <see cref="PreviousScores"/> (last
/// year's run), on the edition of <see cref="EditionModel"/>.
/// </summary>
internal sealed record UnitInputs(
    Guid CycleId,
    int Year,
    string OrgUnitCode,
    ScoreKind Kind,
    string EditionCode,
    ScoringFramework Framework,
    IReadOnlyList<IndicatorResult> Results,
    PreviousScores? Previous,
    DataQualityCounts Quality)
{
    /// <summary>The governorate's improvement actions due in this cycle, by number; their effects make the loop score.</summary>
    public IReadOnlyList<DueAction> Actions { get; init; } = [];

    /// <summary>One governorate's inputs (the scorecard, what-if and decision paths); the same reads as <see cref="LoadManyAsync"/>.</summary>
    public static async Task<UnitInputs> LoadAsync(AppDbContext db, Cycle cycle, EditionModel edition, string orgUnitCode, CancellationToken cancellationToken) =>
        (await LoadManyAsync(db, cycle, edition, [orgUnitCode], cancellationToken))[0];

    /// <summary>
    /// The inputs of several governorates of one cycle, in the order given, read as sets (three queries whatever the number of
    /// governorates, and two more for last year's runs). A governorate with no items gets empty results.
    /// </summary>
    public static async Task<List<UnitInputs>> LoadManyAsync(AppDbContext db, Cycle cycle, EditionModel edition, IReadOnlyList<string> orgUnitCodes, CancellationToken cancellationToken)
    {
        var codes = orgUnitCodes.Distinct(StringComparer.Ordinal).ToArray();
        var rows = await ScoringRows.ReadAsync(db, [cycle.Id], codes, cancellationToken);
        var previous = await PreviousScores.ReadAsync(db, [cycle.Year - 1], codes, cancellationToken);
        return [.. orgUnitCodes.Select(code => rows.Build(cycle, edition, code, previous.GetValueOrDefault((cycle.Year - 1, code))))];
    }

    /// <summary>One line per input, sorted ordinally (see <see cref="CanonicalInputs"/>).</summary>
    public string Canonical() => CanonicalInputs.Text(this);

    /// <summary>Lower-case hex SHA-256 of <see cref="Canonical"/>'s UTF-8 bytes: the run's input hash.</summary>
    public string Hash() => CanonicalInputs.Hash(this);
}
