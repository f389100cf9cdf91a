namespace KpiTracker.Application.Features.Accounts;

/// <summary>What <c>POST /api/auth/token</c> and <c>/api/auth/refresh</c> return.</summary>
public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, DateTimeOffset ExpiresAt, string RefreshToken);
