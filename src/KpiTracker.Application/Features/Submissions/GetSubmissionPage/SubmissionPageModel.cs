using KpiTracker.Application.Features.Evidence;
using KpiTracker.Application.Features.Flags;

namespace KpiTracker.Application.Features.Submissions.GetSubmissionPage;

/// <summary>
/// The submission page's view: the item with the caller's actions, the indicator's entry rules, the current revision's evidence,
/// the item's outlier flags, every revision with its history, whether the caller reviews this governorate, whether they own the
/// item (enter its values), and, for a caller who does not own it, the soft rules its value breaks (the page words them for that
/// reader; empty for the owner, who reads the item's own warnings), and the yardstick that gives a value its light (the form
/// tells the owner as they type that a red value needs an analysis).
/// </summary>
public sealed record SubmissionPageModel(
    SubmissionDto Item,
    EntryRules Rules,
    IReadOnlyList<EvidenceDto> Evidence,
    IReadOnlyList<FlagDto> Flags,
    IReadOnlyList<RevisionDto> Revisions,
    bool CanReview,
    bool Owns,
    IReadOnlyList<SoftRuleDto> ReaderRules,
    ValueYardstick Yardstick)
{
    /// <summary>The decisions the page offers, in the order it lists them.</summary>
    public IReadOnlyList<SubmissionAction> Decisions { get; } =
        [.. new[] { SubmissionAction.Accept, SubmissionAction.Verify, SubmissionAction.Return }.Where(Item.Actions.Contains)];

    public bool CanSave => Item.Actions.Contains(SubmissionAction.Save);

    public bool CanSubmit => Item.Actions.Contains(SubmissionAction.Submit) || CanSave;

    public bool IsSurvey => Item.Source == SourceType.Survey;

    /// <summary>The first open flag, the one a reviewer confirms from this page.</summary>
    public FlagDto? OpenFlag => Flags.FirstOrDefault(f => f.Status == FlagStatus.Open);
}

/// <summary>A soft rule the value breaks: its code (<c>soft.expected_range</c>, …) and the values its message is written with.</summary>
public sealed record SoftRuleDto(string Code, IReadOnlyList<string> Args);

/// <summary>What the entry form shows and checks as it is typed: the definition and the indicator's ranges.</summary>
public sealed record EntryRules(
    string DefinitionAr,
    string DefinitionEn,
    IndicatorUnit Unit,
    decimal? AllowedMin,
    decimal? AllowedMax,
    decimal? ExpectedMin,
    decimal? ExpectedMax);
