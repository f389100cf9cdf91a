namespace KpiTracker.Application.Features.Users.GetUser;

public sealed record GetUserQuery(string UserName) : IQuery<Result<UserDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.UsersManage);
}

internal sealed class GetUserHandler(AppDbContext db) : IQueryHandler<GetUserQuery, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(GetUserQuery query, CancellationToken cancellationToken)
    {
        var row = await UserQueries.Project(db, db.Users.Where(u => u.UserName == query.UserName)).FirstOrDefaultAsync(cancellationToken);
        return row is null ? AppError.NotFound("user.not_found") : row.ToDto();
    }
}
