using System.Text.Json.Serialization;
using KpiTracker.Reports.Narrative;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// The scorecard's narrative in the caller's language and digits, written from the run <see cref="RunId"/> (input hash
/// <see cref="InputHash"/>) with fixed templates (docs/IMPROVEMENT.md). <see cref="Facts"/> are what it was written from, kept
/// off the wire so the PDF can write the same narrative in its own language.
/// </summary>
public sealed record NarrativeDto(Guid RunId, string InputHash, IReadOnlyList<NarrativeSentenceDto> Sentences)
{
    [JsonIgnore]
    public NarrativeFacts? Facts { get; init; }
}

/// <summary>One sentence: its topic, its text and the numbers it states with the codes they belong to, and the run it comes from.</summary>
public sealed record NarrativeSentenceDto(
    [property: JsonConverter(typeof(CodeJsonConverter<NarrativeTopic>))] NarrativeTopic Topic,
    string Text,
    Guid RunId,
    string InputHash,
    IReadOnlyList<NarrativeReferenceDto> References);

/// <summary>
/// What a sentence states: a criterion or indicator code (the scorecard links it to its row), a band, a cycle, a quality
/// component or a count, with the published value stated (null for a name).
/// </summary>
public sealed record NarrativeReferenceDto([property: JsonConverter(typeof(CodeJsonConverter<NarrativeTarget>))] NarrativeTarget Kind, string Code, decimal? Value);
