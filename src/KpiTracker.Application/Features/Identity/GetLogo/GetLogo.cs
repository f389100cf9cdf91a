using KpiTracker.Application.Common.Identity;

namespace KpiTracker.Application.Features.Identity.GetLogo;

/// <summary>The ministry's logo for the page header: anyone may read it (it is drawn on the sign-in page too).</summary>
public sealed record GetLogoQuery : IQuery<Result<LogoFile>>, IAnonymousMessage;

/// <summary>The logo file's bytes and content type (<c>image/png</c> or <c>image/jpeg</c>).</summary>
public sealed record LogoFile(ReadOnlyMemory<byte> Content, string ContentType);

internal sealed class GetLogoHandler(MinistryIdentity identity) : IQueryHandler<GetLogoQuery, Result<LogoFile>>
{
    public ValueTask<Result<LogoFile>> Handle(GetLogoQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<LogoFile>>(identity is { Logo: { } logo, LogoContentType: { } type }
            ? new LogoFile(logo, type)
            : AppError.NotFound());
}
