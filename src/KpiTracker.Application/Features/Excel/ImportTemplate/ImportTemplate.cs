using System.Xml;
using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Data.Configurations;
using KpiTracker.Application.Features.Submissions;

namespace KpiTracker.Application.Features.Excel.ImportTemplate;

/// <summary>
/// Imports a filled template as drafts: every row is checked with the same value rules as the API, and either every
/// changed row is saved, in one transaction, or nothing is and <see cref="TemplateImport.Rows"/> says what is wrong where.
/// Rows equal to the item's current draft are left alone; a changed row whose item is no longer at the version the template
/// was made from is refused as stale, so a newer draft is never overwritten. With <paramref name="CheckOnly"/> nothing is saved
/// either way. Each user may import <see cref="ImportThrottleOptions.PermitPerMinute"/> times a minute.
/// </summary>
public sealed record ImportTemplateCommand(int Year, string Governorate, long Length, Stream? Content, bool CheckOnly = false)
    : ICommand<Result<TemplateImport>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionEnter, Governorate);
}

/// <summary>The outcome: how many items were saved and left unchanged, or (when <see cref="Rows"/> is not empty) nothing saved and why.</summary>
public sealed record TemplateImport(int Saved, int Unchanged, IReadOnlyList<ImportRowError> Rows);

/// <summary>One refused cell: the sheet row, the indicator code it names, the column key, a stable code and the message.</summary>
public sealed record ImportRowError(int Row, string? Indicator, string Field, string Code, string Message);

internal sealed class ImportTemplateValidator : AbstractValidator<ImportTemplateCommand>
{
    public ImportTemplateValidator()
    {
        RuleFor(c => c.Content).NotNull().OverridePropertyName("file").WithErrorCode("file.required").WithMessage(_ => Messages.Get("file.required"));
        RuleFor(c => c.Length).LessThanOrEqualTo(FileRules.MaxFileBytes).OverridePropertyName("file")
            .WithErrorCode("file.too_large").WithMessage(_ => FileRules.Problem("file", "file.too_large").Message);
    }
}

internal sealed class ImportTemplateHandler(AppDbContext db, AccessChecker access, ICurrentUser user, TimeProvider clock, ImportThrottle throttle)
    : ICommandHandler<ImportTemplateCommand, Result<TemplateImport>>
{
    public async ValueTask<Result<TemplateImport>> Handle(ImportTemplateCommand command, CancellationToken cancellationToken)
    {
        if (throttle.Attempt(user.UserId) is { } throttled)
        {
            return throttled;
        }

        var (rows, problem) = ReadFile(command.Content!, cancellationToken);
        if (problem is not null)
        {
            return AppError.Validation([FileProblem(problem)]);
        }

        var result = await ApplyAsync(command, rows, cancellationToken);
        if (!result.IsSuccess || result.Value.Rows.Count > 0 || command.CheckOnly)
        {
            // Nothing of a refused or checked-only import is kept: its staged drafts are dropped, so the command commits nothing.
            db.ChangeTracker.Clear();
            return result;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new AppError(ErrorKind.Conflict, "submission.stale", Messages.Get("submission.stale"), []);
        }

        return result;
    }

    private static FieldError FileProblem(string code) => code == "excel.sheet.too_wide"
        ? new FieldError("file", code, Messages.Get(code, CellReference.Letters(TemplateReader.MaxColumns), TemplateReader.MaxColumns))
        : FileRules.Problem("file", code);

    private static (IReadOnlyList<TemplateRow> Rows, string? Problem) ReadFile(Stream content, CancellationToken cancellationToken)
    {
        if (content.Length > FileRules.MaxFileBytes)
        {
            return ([], "file.too_large");
        }

        var (kind, problem) = FileInspector.Inspect(content, cancellationToken);
        if (problem is not null || kind != FileKind.Xlsx)
        {
            return ([], problem ?? "excel.file.not_xlsx");
        }

        try
        {
            return TemplateReader.Read(content, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or InvalidOperationException or FormatException or IOException)
        {
            return ([], "excel.file.unreadable");
        }
    }

    private async Task<Result<TemplateImport>> ApplyAsync(ImportTemplateCommand command, IReadOnlyList<TemplateRow> rows, CancellationToken cancellationToken)
    {
        var cycle = (await db.Cycles.FromSql($"SELECT * FROM cycles WHERE year = {command.Year} FOR SHARE").ToListAsync(cancellationToken)).SingleOrDefault();
        if (cycle is null)
        {
            return AppError.NotFound("cycle.not_found");
        }

        var items = await db.Submissions.Include(s => s.Revisions)
            .Where(s => s.CycleId == cycle.Id && s.OrgUnitCode == command.Governorate)
            .ToDictionaryAsync(s => s.IndicatorCode, cancellationToken);
        if (items.Count == 0)
        {
            return AppError.NotFound("submission.not_found");
        }

        var indicators = (await Spreadsheets.IndicatorsAsync(db, cycle.EditionId, cancellationToken)).ToDictionary(i => i.Code);
        var errors = new List<ImportRowError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (saved, unchanged) = (0, 0);
        var now = clock.GetUtcNow();
        foreach (var row in rows)
        {
            void Refuse(string field, string code, params object[] args) =>
                errors.Add(new ImportRowError(row.Row, row.Code, field, code, SubmissionErrors.Text(new RuleViolation(field, code, args))));

            if (row.Code is null)
            {
                Refuse(ExcelColumns.Code, "required");
                continue;
            }

            if (!indicators.TryGetValue(row.Code, out var indicator) || !items.TryGetValue(row.Code, out var submission))
            {
                Refuse(ExcelColumns.Code, "indicator.not_found");
                continue;
            }

            if (!seen.Add(row.Code))
            {
                Refuse(ExcelColumns.Code, "excel.row.duplicate", row.Code);
                continue;
            }

            if (!await access.HasAsync(Permission.SubmissionEnter, command.Governorate, row.Code, cancellationToken))
            {
                // Someone else's rows may travel in a shared file, but only blank.
                if (row.HasEntries)
                {
                    Refuse(ExcelColumns.Code, "excel.row.not_yours", row.Code);
                }

                continue;
            }

            var check = ValueRules.Check(indicator, row.Input, null);
            if (!check.IsValid)
            {
                check.Errors.ToList().ForEach(e => Refuse(e.Field, e.Code, e.Args));
                continue;
            }

            if (check.Values == submission.Current.Values)
            {
                unchanged++;
                continue;
            }

            if (row.Version != VersionOf(submission))
            {
                Refuse(ExcelColumns.Version, "excel.row.stale", row.Code);
                continue;
            }

            var refused = Save(submission, cycle, indicator, check.Values, now);
            refused.ToList().ForEach(e => Refuse(e.Field.Length == 0 ? "state" : e.Field, e.Code, e.Args));
            saved += refused.Count == 0 ? 1 : 0;
        }

        return errors.Count > 0 ? new TemplateImport(0, unchanged, errors) : new TemplateImport(saved, unchanged, []);
    }

    /// <summary>The item's row version as the template writes it.</summary>
    private string VersionOf(Submission submission) =>
        db.Entry(submission).Property<uint>(SubmissionConfiguration.Version).CurrentValue.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private IReadOnlyList<RuleViolation> Save(Submission submission, Cycle cycle, Indicator indicator, EntryValues values, DateTimeOffset now)
    {
        var refused = submission.SaveDraft(cycle, indicator, values, now, user.UserName ?? "system");
        if (refused.Count == 0)
        {
            // The item's row is written too, so its version (xmin) guards against a concurrent change.
            db.Entry(submission).Property(s => s.UpdatedAt).IsModified = true;
        }

        return refused;
    }
}
