namespace KpiTracker.Application.Features.Users.GetNewUserPage;

/// <summary>The new-user page in one read: what its first assignment may name.</summary>
public sealed record GetNewUserPageQuery : IQuery<Result<ScopeChoices>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.UsersManage);
}

internal sealed class GetNewUserPageHandler(AppDbContext db) : IQueryHandler<GetNewUserPageQuery, Result<ScopeChoices>>
{
    public async ValueTask<Result<ScopeChoices>> Handle(GetNewUserPageQuery query, CancellationToken cancellationToken) =>
        await ScopeChoices.ReadAsync(db, cancellationToken);
}
