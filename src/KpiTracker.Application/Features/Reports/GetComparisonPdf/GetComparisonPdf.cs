using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Reports.Documents;

namespace KpiTracker.Application.Features.Reports.GetComparisonPdf;

/// <summary>
/// The cycle's comparison as a PDF, read as the JSON comparison reads it, with its access and its year rule (so before the cycle closes only those who see every
/// governorate get it; the others get 403 <c>comparison.unpublished</c> as there). 404 while no governorate has a run.
/// </summary>
public sealed record GetComparisonPdfQuery(int Year, string? Lang, string? IfNoneMatch = null) : IQuery<Result<PdfFile>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ComparisonRead);
}

internal sealed class GetComparisonPdfValidator : AbstractValidator<GetComparisonPdfQuery>
{
    public GetComparisonPdfValidator()
    {
        RuleFor(q => q.Lang).Must(ReportLanguages.IsValid).WithErrorCode("report.lang.invalid").WithMessage(_ => Messages.Get("report.lang.invalid"));
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
    }
}

internal sealed class GetComparisonPdfHandler(AppDbContext db, ICurrentUser user, EditionModels editions, ReportFiles files, ReportIdentities identity, TimeProvider clock)
    : IQueryHandler<GetComparisonPdfQuery, Result<PdfFile>>
{
    public async ValueTask<Result<PdfFile>> Handle(GetComparisonPdfQuery query, CancellationToken cancellationToken)
    {
        var comparison = await new Comparisons(db, user, editions).ReadAsync(query.Year, cancellationToken);
        if (!comparison.IsSuccess)
        {
            return comparison.Error!;
        }

        var runs = await db.ScoreRuns.AsNoTracking().Where(r => r.Year == query.Year && r.IsLatest)
            .Select(r => new { r.Id, r.InputHash }).ToListAsync(cancellationToken);
        if (runs.Count == 0)
        {
            return AppError.NotFound("report.no_run");
        }

        var previous = await db.ScoreRuns.AsNoTracking().Where(r => r.Year == query.Year - 1 && r.IsLatest).Select(r => r.Id).ToListAsync(cancellationToken);
        var language = ReportLanguages.From(query.Lang);
        var tag = ReportTags.Comparison(query.Year, comparison.Value.Kind, runs.Select(r => (r.Id, r.InputHash)), previous, language, identity.Fingerprint);
        var name = FileNames.Sanitise($"comparison-{query.Year}-{language.Code()}", FileKind.Pdf);
        if (ReportTags.Matches(query.IfNoneMatch, tag))
        {
            return new PdfFile(tag, name, null);
        }

        // The verification code printed on the comparison names exactly the runs shown, the same in both languages.
        var verification = ReportTags.RunSet(runs.Select(r => (r.Id, r.InputHash)));
        var path = await files.GetOrRenderAsync(tag, async (stream, ct) =>
            ComparisonDocument.Render(await new ComparisonModels(db, clock, identity).BuildAsync(comparison.Value, verification, language, ct), stream), cancellationToken);
        return new PdfFile(tag, name, path);
    }
}
