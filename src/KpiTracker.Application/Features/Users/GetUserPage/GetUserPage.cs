namespace KpiTracker.Application.Features.Users.GetUserPage;

/// <summary>The user page in one read: the user with their assignments, and what the assignment editor may offer.</summary>
public sealed record GetUserPageQuery(string UserName) : IQuery<Result<UserPageModel>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.UsersManage);
}

public sealed record UserPageModel(UserDto User, ScopeChoices Choices);

internal sealed class GetUserPageHandler(AppDbContext db) : IQueryHandler<GetUserPageQuery, Result<UserPageModel>>
{
    public async ValueTask<Result<UserPageModel>> Handle(GetUserPageQuery query, CancellationToken cancellationToken)
    {
        var row = await UserQueries.Project(db, db.Users.Where(u => u.UserName == query.UserName)).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return AppError.NotFound("user.not_found");
        }

        return new UserPageModel(row.ToDto(), await ScopeChoices.ReadAsync(db, cancellationToken));
    }
}
