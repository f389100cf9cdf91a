using System.Text.Json.Serialization;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Actions;

/// <summary>
/// An improvement action as every surface shows it. <see cref="Number"/> with <see cref="Governorate"/> names it. Once the cycle
/// it is due in (<see cref="DueYear"/>) has a score run, <see cref="Effect"/> and <see cref="Realisation"/> (0–1) are measured
/// on that run's value of the indicator (<see cref="NewValue"/>); <see cref="Realisation"/> null with a run: not measurable.
/// </summary>
public sealed record ActionDto(
    string Governorate,
    int Number,
    int Year,
    string Indicator,
    string IndicatorNameAr,
    string IndicatorNameEn,
    string Title,
    string? Description,
    string Responsible,
    string ResponsibleName,
    DateOnly DueDate,
    decimal Baseline,
    decimal Expected,
    [property: JsonConverter(typeof(CodeJsonConverter<ActionStatus>))] ActionStatus Status,
    string? DropReason,
    string? ProgressNote,
    bool Overdue,
    int DueYear,
    bool Measured,
    decimal? NewValue,
    decimal? Effect,
    decimal? Realisation)
{
    /// <summary>The evidence of completion attached to the action, in upload order.</summary>
    public IReadOnlyList<ActionEvidenceDto> Evidence { get; init; } = [];
}

/// <summary>One evidence file of an action; <see cref="Sha256"/> lets a reader check the bytes they download.</summary>
public sealed record ActionEvidenceDto(Guid Id, string FileName, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>An action's evidence file opened for download: the stream belongs to the caller, who disposes it.</summary>
public sealed record ActionEvidenceDownload(string FileName, string ContentType, long Size, string Sha256, Stream Content);

/// <summary>The filters of the list: status, indicator, and only the overdue ones (open after their due date).</summary>
public sealed record ActionFilter(ActionStatus? Status = null, string? Indicator = null, bool OverdueOnly = false);
