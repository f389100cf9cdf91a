namespace KpiTracker.Application.Common.Security;

/// <summary>What a message needs: a permission, and the organisation unit and indicator of the object it touches.</summary>
public sealed record AccessRequirement(Permission Permission, string? OrgUnitCode = null, string? IndicatorCode = null);

/// <summary>Implemented by every command and query a user may send; checked by <see cref="AuthorizationBehaviour{TMessage,TResponse}"/> before the handler runs.</summary>
public interface IRequireAccess
{
    AccessRequirement Access { get; }
}

/// <summary>Implemented by messages only the system itself sends (start-up seeding, jobs, the operator CLI); refused for users.</summary>
public interface ISystemMessage;

/// <summary>Implemented by messages anyone may send, signed in or not (signing in itself).</summary>
public interface IAnonymousMessage;

/// <summary>Implemented by messages about the caller's own account, open to any signed-in user whatever their roles.</summary>
public interface ISelfMessage;
