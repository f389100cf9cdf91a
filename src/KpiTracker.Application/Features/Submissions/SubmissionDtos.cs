using System.Text.Json.Serialization;

namespace KpiTracker.Application.Features.Submissions;

/// <summary>
/// One item with its current revision. <see cref="Version"/> is also sent as the ETag; send it back in <c>If-Match</c> to
/// change the item. <see cref="Status"/> is what scoring sees: value, not_applicable, missing, or pending (no value yet).
/// <see cref="Analysis"/> is the owner's analysis of the value (required to submit a red value), <see cref="Recommendation"/> the
/// governorate reviewer's, given when accepting. <see cref="Actions"/> lists what the caller may do now (save, submit, request_na, accept, return, verify, grant_na, reopen).
/// </summary>
public sealed record SubmissionDto(
    int Year,
    string Governorate,
    string Indicator,
    string IndicatorNameAr,
    string IndicatorNameEn,
    [property: JsonConverter(typeof(CodeJsonConverter<IndicatorUnit>))] IndicatorUnit Unit,
    [property: JsonConverter(typeof(CodeJsonConverter<SourceType>))] SourceType Source,
    bool EvidenceRequired,
    int? MinSurveySample,
    [property: JsonConverter(typeof(CodeJsonConverter<SubmissionState>))] SubmissionState State,
    string Status,
    uint Version,
    int Revision,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    decimal? LikertMean,
    int? SampleSize,
    int? Population,
    decimal? ResponseRate,
    string? Instrument,
    string? Comment,
    string? Justification,
    int EvidenceCount,
    string? Analysis,
    string? Recommendation,
    string? RecommendedBy,
    decimal? PreviousValue,
    decimal? Lower,
    decimal? Target,
    IReadOnlyList<RuleMessageDto> Warnings,
    NotApplicableDto NotApplicable,
    ReturnDto? LastReturn,
    int SubmitCount,
    int ReturnCount,
    DateTimeOffset? FirstSubmittedAt,
    DateTimeOffset? SubmittedAt,
    bool? OnTime,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? VerifiedAt,
    DateTimeOffset? LockedAt,
    DateTimeOffset UpdatedAt,
    int OpenFlags,
    bool EntryOpen,
    [property: JsonConverter(typeof(CodeListJsonConverter<SubmissionAction>))] IReadOnlyList<SubmissionAction> Actions);

/// <summary>What a caller may do to an item now, in the order the API lists them.</summary>
public enum SubmissionAction
{
    Save,
    Submit,
    RequestNa,
    Accept,
    Return,
    Verify,
    GrantNa,
    Reopen,
}

/// <summary>A soft-rule warning (or any rule message) in the caller's language.</summary>
public sealed record RuleMessageDto(string Field, string Code, string Message);

/// <summary>The owner's request for not applicable: none, requested, granted or refused, with its reason and the decision's.</summary>
public sealed record NotApplicableDto(string Request, string? Reason, string? Decision);

public sealed record ReturnDto(string Reason, string ReasonLabel, string Text, DateTimeOffset At, string? By);

public sealed record SubmissionSummaryDto(
    int Year,
    string Governorate,
    string Indicator,
    [property: JsonConverter(typeof(CodeJsonConverter<SubmissionState>))] SubmissionState State,
    string Status,
    uint Version,
    int Revision,
    decimal? Value,
    int EvidenceCount,
    [property: JsonConverter(typeof(CodeJsonConverter<NotApplicableRequest>))] NotApplicableRequest NotApplicable,
    string? ReturnReason,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset UpdatedAt,
    int OpenFlags);

public sealed record RevisionDto(
    int Number,
    bool Current,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    decimal? LikertMean,
    int? SampleSize,
    int? Population,
    decimal? ResponseRate,
    string? Instrument,
    string? Comment,
    string? Justification,
    int EvidenceCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy,
    DateTimeOffset? SubmittedAt,
    string? Analysis,
    string? Recommendation,
    IReadOnlyList<SubmissionEventDto> Events);

public sealed record SubmissionEventDto(string Action, string From, string To, DateTimeOffset At, string Actor, string? ReturnReason, string? Text);
