using KpiTracker.Application.Features.Evidence;
using KpiTracker.Application.Features.Flags;

namespace KpiTracker.Application.Features.Submissions.GetSubmissionPage;

/// <summary>Everything the submission page shows in one read: the item, its definition, evidence, flags and history.</summary>
public sealed record GetSubmissionPageQuery(int Year, string Governorate, string Indicator) : IQuery<Result<SubmissionPageModel>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionRead, Governorate, Indicator);
}

internal sealed class GetSubmissionPageHandler(AppDbContext db, SubmissionReader reader, AccessChecker access)
    : IQueryHandler<GetSubmissionPageQuery, Result<SubmissionPageModel>>
{
    public async ValueTask<Result<SubmissionPageModel>> Handle(GetSubmissionPageQuery query, CancellationToken cancellationToken)
    {
        var (item, notFound) = await reader.LoadAsync(new SubmissionKey(query.Year, query.Governorate, query.Indicator), shareCycle: false, cancellationToken);
        if (item is null)
        {
            return notFound!;
        }

        var submission = await reader.ToDtoAsync(item, cancellationToken);
        var evidence = await EvidenceItems.Dtos(db, query.Year, query.Governorate, query.Indicator, item.Submission.CurrentRevision).ToListAsync(cancellationToken);
        var flags = await db.SubmissionFlags.AsNoTracking()
            .Where(f => f.Year == query.Year && f.OrgUnitCode == query.Governorate && f.IndicatorCode == query.Indicator)
            .ToListAsync(cancellationToken);
        var revisions = await RevisionHistory.ReadAsync(db, new SubmissionKey(query.Year, query.Governorate, query.Indicator), cancellationToken) ?? [];
        var canReview = await access.HasAsync(Permission.SubmissionReview, query.Governorate, cancellationToken: cancellationToken);
        var owns = await access.HasAsync(Permission.SubmissionEnter, query.Governorate, query.Indicator, cancellationToken);
        var indicator = item.Indicator;
        // The same soft rules as the item's warnings, as their code and values: a reader who is not the owner reads them
        // worded about the owner's value rather than as the owner's to-do.
        IReadOnlyList<SoftRuleDto> readerRules = !owns && submission.Value is { } value
            ? [.. ValueRules.SoftRules(indicator, value, submission.PreviousValue).Select(w => new SoftRuleDto(w.Code, [.. w.Args.Select(a => a.ToString() ?? "")]))]
            : [];
        return new SubmissionPageModel(
            submission,
            new EntryRules(indicator.DefinitionAr, indicator.DefinitionEn, indicator.Unit, indicator.AllowedMin, indicator.AllowedMax, indicator.ExpectedMin, indicator.ExpectedMax),
            evidence,
            // The order of the flags list (open first, then by method), for the one item.
            [.. flags.OrderBy(f => f.Status).ThenBy(f => f.Method, StringComparer.Ordinal).Select(FlagMapper.ToDto)],
            revisions,
            canReview,
            owns,
            readerRules,
            await ValueYardsticks.ForAsync(db, item.Cycle, query.Governorate, indicator, cancellationToken));
    }
}
