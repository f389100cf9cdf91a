using System.Text.RegularExpressions;
using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Users;
using KpiTracker.Application.Features.Users.GetUserPage;
using KpiTracker.Application.Features.Users.ResetPassword;
using KpiTracker.Application.Features.Users.SetAssignments;
using KpiTracker.Application.Features.Users.SetUserActive;
using KpiTracker.Application.Features.Users.UpdateUserProfile;
using KpiTracker.Domain.Common;
using Microsoft.AspNetCore.Components;

namespace KpiTracker.Web.Components.Pages.Admin;

/// <summary>One user: their facts, and a form per change an administrator makes (profile, status, password, roles).</summary>
public sealed partial class UserDetails
{
    [CascadingParameter]
    private Microsoft.AspNetCore.Http.HttpContext? HttpContext { get; set; }

    private static readonly Regex AssignmentPath = new(@"^assignments\[(\d+)\]\.(.+)$", RegexOptions.CultureInvariant);

    private UserDto? _user;
    private ScopeOptions _options = new([], []);
    private string? _error;
    private string? _formError;
    private string? _formErrorAt;
    private string? _notice;
    private IReadOnlyList<FieldError> _profileErrors = [];
    private IReadOnlyList<FieldError> _statusErrors = [];
    private IReadOnlyList<FieldError> _passwordErrors = [];
    private IReadOnlyList<FieldError> _assignErrors = [];

    // What the assignments editor shows: the user's roles, or what was posted when it was refused. The posted form
    // (Assign) belongs to the framework, which may supply it again on a later render.
    private AssignForm _view = new();

    [Parameter]
    public string UserName { get; set; } = "";

    [SupplyParameterFromQuery(Name = "created")]
    private int? Created { get; set; }

    [SupplyParameterFromForm(FormName = "profile")]
    private ProfileForm Profile { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "deactivate")]
    private ReasonForm Deactivate { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "activate")]
    private ReasonForm Activate { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "reset-password")]
    private PasswordForm Reset { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "assignments")]
    private AssignForm Assign { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        EnsureForms();
        var result = await Sender.Send(new GetUserPageQuery(UserName));
        if (!result.IsSuccess)
        {
            _error = PageError(result.Error!);
            Refusal.Answer(HttpContext, result.Error!);
            return;
        }

        _user = result.Value.User;
        _options = ScopeOptions.From(result.Value.Choices);
        _view = AssignForm.From(_user);
        if (Profile.DisplayName is null && Profile.Email is null)
        {
            Profile = new() { DisplayName = _user.DisplayName, Email = _user.Email };
        }

        if (Created == 1)
        {
            _notice = A["User.Created"];
        }
    }

    protected override void OnParametersSet() => EnsureForms();

    /// <summary>Forms that were not posted arrive as null; each EditForm needs a model on every render.</summary>
    private void EnsureForms()
    {
        Profile ??= new();
        Deactivate ??= new();
        Activate ??= new();
        Reset ??= new();
        Assign ??= new();
        Assign.New ??= new();
    }

    private async Task SaveProfileAsync()
    {
        var result = await Sender.Send(new UpdateUserProfileCommand(UserName, Profile.DisplayName ?? "", Profile.Email));
        _profileErrors = Apply(result, A["User.ProfileSaved"], "profile");
    }

    private Task DeactivateAsync() => SetActiveAsync(false, Deactivate.Reason);

    private Task ActivateAsync() => SetActiveAsync(true, Activate.Reason);

    private async Task SetActiveAsync(bool active, string? reason)
    {
        var result = await Sender.Send(new SetUserActiveCommand(UserName, active, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        _statusErrors = Apply(result, active ? A["User.Activated"] : A["User.Deactivated"], "status");
    }

    private async Task ResetAsync()
    {
        var result = await Sender.Send(new ResetPasswordCommand(UserName, Reset.NewPassword ?? ""));
        _passwordErrors = Apply(result, A["User.PasswordReset"], "password");
    }

    private async Task SaveAssignmentsAsync()
    {
        // The rows the form showed, less the ones ticked for removal, plus the new one: the whole set, as the command wants it.
        var wanted = new List<AssignmentRequest>();
        var origins = new List<string>();
        for (var i = 0; i < Assign.Rows.Count; i++)
        {
            if (!Assign.Rows[i].Remove)
            {
                wanted.Add(Assign.Rows[i].ToRequest());
                origins.Add($"rows[{i}]");
            }
        }

        if (Assign.New is { IsEmpty: false } added)
        {
            wanted.Add(added.ToRequest());
            origins.Add("new");
        }

        var result = await Sender.Send(new SetAssignmentsCommand(UserName, wanted, string.IsNullOrWhiteSpace(Assign.Reason) ? null : Assign.Reason.Trim()));
        _assignErrors = [.. Apply(result, A["User.RolesSaved"], "roles").Select(e => Relocate(e, origins))];
        _view = result.IsSuccess ? AssignForm.From(result.Value) : Assign;
    }

    /// <summary>Takes a command's outcome: the updated user and a notice, or the errors for the form's section (a refusal replaces the page's data).</summary>
    private IReadOnlyList<FieldError> Apply(Result<UserDto> result, string notice, string section)
    {
        if (result.IsSuccess)
        {
            _user = result.Value;
            _notice = notice;
            return [];
        }

        if (Refusal.IsRefusal(result.Error!))
        {
            _user = null;
            _error = PageError(result.Error!);
            return [];
        }

        _formError = result.Error!.Message;
        _formErrorAt = section;
        return result.Error.Fields;
    }

    // Past the access check, "no such user" is the truth and may be said.
    private string PageError(AppError error) => error.Code == "user.not_found" ? error.Message : Refusal.Text(error, T);

    /// <summary>The command numbers the assignments it was sent; the form knows them as table rows and the add row.</summary>
    private static FieldError Relocate(FieldError error, List<string> origins)
    {
        var match = AssignmentPath.Match(error.Field);
        return match.Success && int.TryParse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var k) && k < origins.Count
            ? error with { Field = $"{origins[k]}.{match.Groups[2].Value}" }
            : error;
    }

    private sealed class ProfileForm
    {
        public string? DisplayName { get; set; }

        public string? Email { get; set; }
    }

    private sealed class ReasonForm
    {
        public string? Reason { get; set; }
    }

    private sealed class PasswordForm
    {
        public string? NewPassword { get; set; }
    }

    public sealed class AssignRow
    {
        public string? Role { get; set; }

        public string? OrgUnit { get; set; }

        public string? Indicator { get; set; }

        public bool Remove { get; set; }

        public AssignmentRequest ToRequest() => new(Role ?? "", string.IsNullOrWhiteSpace(OrgUnit) ? null : OrgUnit, string.IsNullOrWhiteSpace(Indicator) ? null : Indicator);
    }

    public sealed class AssignForm
    {
        public List<AssignRow> Rows { get; set; } = [];

        public ScopeInput? New { get; set; } = new();

        /// <summary>Why, when a powerful role is granted: kept in the audit log.</summary>
        public string? Reason { get; set; }

        public static AssignForm From(UserDto user) => new()
        {
            Rows = [.. user.Assignments.Select(a => new AssignRow { Role = a.Role.ToCode(), OrgUnit = a.OrgUnit, Indicator = a.Indicator })],
            New = new(),
        };
    }
}
