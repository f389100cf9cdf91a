using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Reports.Documents;

namespace KpiTracker.Application.Features.Reports.GetScorecardPdf;

/// <summary>
/// A governorate's scorecard as a PDF (<c>ar</c> or <c>en</c>) from its latest run. It is read as the JSON scorecard is, with
/// the same access, and drawn, so whoever gets 404 or 403 there gets the same here. With <see cref="IfNoneMatch"/> naming the current tag
/// nothing is rendered; otherwise the file comes from the disk cache, rendered once per tag.
/// </summary>
public sealed record GetScorecardPdfQuery(int Year, string Governorate, string? Lang, string? IfNoneMatch = null) : IQuery<Result<PdfFile>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ScorecardRead, Governorate);
}

internal sealed class GetScorecardPdfValidator : AbstractValidator<GetScorecardPdfQuery>
{
    public GetScorecardPdfValidator() =>
        RuleFor(q => q.Lang).Must(ReportLanguages.IsValid).WithErrorCode("report.lang.invalid").WithMessage(_ => Messages.Get("report.lang.invalid"));
}

internal sealed class GetScorecardPdfHandler(AppDbContext db, EditionModels editions, ScorecardModels models, ReportFiles files, ReportIdentities identity, ICurrentUser user)
    : IQueryHandler<GetScorecardPdfQuery, Result<PdfFile>>
{
    public async ValueTask<Result<PdfFile>> Handle(GetScorecardPdfQuery query, CancellationToken cancellationToken)
    {
        var card = await new Scorecards(db, editions, user).ReadAsync(query.Year, query.Governorate, cancellationToken);
        if (!card.IsSuccess)
        {
            return card.Error!;
        }

        var language = ReportLanguages.From(query.Lang);
        // Every latest run of the trend's years too: a rescored earlier cycle changes the trend the scorecard prints.
        var from = query.Year - ScorecardTrends.Cycles + 1;
        var latest = await db.ScoreRuns.AsNoTracking().Where(r => r.Year >= from && r.Year <= query.Year && r.IsLatest).Select(r => r.Id).ToListAsync(cancellationToken);
        // The plan page's actions change without a new run: their count and last change are part of the file's identity.
        var actions = await db.ImprovementActions.AsNoTracking().Where(a => a.OrgUnitCode == query.Governorate)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Last = g.Max(a => a.UpdatedAt) }).FirstOrDefaultAsync(cancellationToken);
        var stamp = actions is null ? "0" : $"{actions.Count}:{actions.Last.UtcTicks}";
        var tag = ReportTags.Scorecard(card.Value.Run, latest, language, identity.Fingerprint, stamp);
        var name = FileNames.Sanitise($"scorecard-{card.Value.Year}-{card.Value.Governorate}-{language.Code()}", FileKind.Pdf);
        if (ReportTags.Matches(query.IfNoneMatch, tag))
        {
            return new PdfFile(tag, name, null);
        }

        var path = await files.GetOrRenderAsync(tag, async (stream, ct) => ScorecardDocument.Render(await models.BuildAsync(card.Value, language, ct), stream), cancellationToken);
        return new PdfFile(tag, name, path);
    }
}
