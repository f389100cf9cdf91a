namespace KpiTracker.Application.Features.Flags.ListFlags;

/// <summary>The cycle's outlier flags the caller may see, open ones first; filters: governorate, status.</summary>
public sealed record ListFlagsQuery(int Year, string? Governorate, string? Status) : IQuery<Result<IReadOnlyList<FlagDto>>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionRead, Governorate);
}

internal sealed class ListFlagsValidator : AbstractValidator<ListFlagsQuery>
{
    public ListFlagsValidator() =>
        RuleFor(q => q.Status).Must(s => Codes.TryParse<FlagStatus>(s, out _)).When(q => !string.IsNullOrEmpty(q.Status))
            .WithErrorCode("flag.status.unknown").WithMessage(q => Messages.Get("flag.status.unknown", q.Status ?? ""));
}

internal sealed class ListFlagsHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<ListFlagsQuery, Result<IReadOnlyList<FlagDto>>>
{
    public async ValueTask<Result<IReadOnlyList<FlagDto>>> Handle(ListFlagsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Cycles.AnyAsync(c => c.Year == query.Year, cancellationToken))
        {
            return AppError.NotFound("cycle.not_found");
        }

        var flags = db.SubmissionFlags.AsNoTracking().Where(f => f.Year == query.Year);
        if (!string.IsNullOrEmpty(query.Governorate))
        {
            flags = flags.Where(f => f.OrgUnitCode == query.Governorate);
        }

        if (!string.IsNullOrEmpty(query.Status))
        {
            var status = Codes.Parse<FlagStatus>(query.Status);
            flags = flags.Where(f => f.Status == status);
        }

        var rows = await flags.ToListAsync(cancellationToken);
        var readable = user.IsSystem ? null : (await user.GetGrantsAsync(cancellationToken)).Where(g => RolePermissions.Grants(g.Role, Permission.SubmissionRead)).ToList();
        return Result<IReadOnlyList<FlagDto>>.Success([
            .. rows.Where(f => readable is null || readable.Any(g => g.Covers(f.OrgUnitCode, f.IndicatorCode)))
                .OrderBy(f => f.Status).ThenBy(f => f.OrgUnitCode, StringComparer.Ordinal).ThenBy(f => f.IndicatorCode, StringComparer.Ordinal).ThenBy(f => f.Method, StringComparer.Ordinal)
                .Select(FlagMapper.ToDto),
        ]);
    }
}
