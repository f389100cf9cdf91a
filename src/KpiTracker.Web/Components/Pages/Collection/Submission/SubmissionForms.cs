using KpiTracker.Application.Features.Submissions;
using KpiTracker.Domain.Collection;

namespace KpiTracker.Web.Components.Pages.Collection.Submission;

/// <summary>The entry form as posted: every field as typed, read by the server's own rules when the command runs.</summary>
public sealed class DraftForm
{
    public uint? Version { get; set; }
    public string? Action { get; set; }
    public string? Value { get; set; }
    public string? Numerator { get; set; }
    public string? Denominator { get; set; }
    public string? LikertMean { get; set; }
    public string? SampleSize { get; set; }
    public string? Population { get; set; }
    public string? ResponseRate { get; set; }
    public string? Instrument { get; set; }
    public string? Comment { get; set; }
    public string? Justification { get; set; }
    public string? Analysis { get; set; }

    public static DraftForm From(SubmissionDto item) => new()
    {
        Version = item.Version,
        Value = WorkPages.Input(item.Value),
        Numerator = WorkPages.Input(item.Numerator),
        Denominator = WorkPages.Input(item.Denominator),
        LikertMean = WorkPages.Input(item.LikertMean),
        SampleSize = WorkPages.Input(item.SampleSize),
        Population = WorkPages.Input(item.Population),
        ResponseRate = WorkPages.Input(item.ResponseRate),
        Instrument = item.Instrument,
        Comment = item.Comment,
        Justification = item.Justification,
        Analysis = item.Analysis,
    };

    public ValueInput ToInput() => new()
    {
        Value = SubmissionPage.Blank(Value),
        Numerator = SubmissionPage.Blank(Numerator),
        Denominator = SubmissionPage.Blank(Denominator),
        LikertMean = SubmissionPage.Blank(LikertMean),
        SampleSize = SubmissionPage.Blank(SampleSize),
        Population = SubmissionPage.Blank(Population),
        ResponseRate = SubmissionPage.Blank(ResponseRate),
        Instrument = SubmissionPage.Blank(Instrument),
        Comment = SubmissionPage.Blank(Comment),
        Justification = SubmissionPage.Blank(Justification),
        Analysis = SubmissionPage.Blank(Analysis),
    };
}

public sealed class UploadForm
{
    public string? Note { get; set; }
}

/// <summary>The evidence list's form: the remove button pressed carries its file's id.</summary>
public sealed class RemoveEvidenceForm
{
    public Guid? Id { get; set; }
}

public sealed class DecisionForm
{
    public uint? Version { get; set; }
    public string? Choice { get; set; }
    public string? Reason { get; set; }
    public string? Text { get; set; }
    public string? Recommendation { get; set; }
}

public sealed class FlagForm
{
    public Guid Id { get; set; }
    public string? Reason { get; set; }
}
