using KpiTracker.Application.Features.Users;

namespace KpiTracker.Application.Features.Accounts.GetMe;

public sealed record GetMeQuery : IQuery<Result<UserDto>>, ISelfMessage;

internal sealed class GetMeHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetMeQuery, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var id = user.UserId;
        var found = await UserQueries.Project(db, db.Users.Where(u => u.Id == id)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? AppError.NotFound() : found.ToDto();
    }
}
