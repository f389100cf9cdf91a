namespace KpiTracker.Application.Features.Users.ListUsers;

public sealed record ListUsersQuery : IQuery<Result<IReadOnlyList<UserDto>>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.UsersManage);
}

internal sealed class ListUsersHandler(AppDbContext db) : IQueryHandler<ListUsersQuery, Result<IReadOnlyList<UserDto>>>
{
    public async ValueTask<Result<IReadOnlyList<UserDto>>> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        var rows = await UserQueries.Project(db, db.Users.OrderBy(u => u.UserName)).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<UserDto>>.Success([.. rows.Select(r => r.ToDto())]);
    }
}
