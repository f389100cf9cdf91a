using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Features.Excel;
using KpiTracker.Application.Features.Scoring;

namespace KpiTracker.Application.Features.Commitments.ImportCommitmentTemplate;

/// <summary>
/// Proposes the commitments of a filled commitments template: every row with a commitment value goes into one proposal
/// (<see cref="CommitmentProposals"/>), so all are taken or none, with the same rules, notices and audit as the table.
/// A refusal names the sheet cell of each problem (<c>M7</c>); empty value cells propose nothing. Imports share the entry
/// template's budget a minute (<see cref="ImportThrottle"/>); once the next cycle has opened the answer is 409.
/// </summary>
public sealed record ImportCommitmentTemplateCommand(int Year, string Governorate, long Length, Stream? Content)
    : ICommand<Result<IReadOnlyList<CommitmentDto>>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CommitmentPropose, Governorate);
}

internal sealed class ImportCommitmentTemplateValidator : AbstractValidator<ImportCommitmentTemplateCommand>
{
    public ImportCommitmentTemplateValidator()
    {
        RuleFor(c => c.Content).NotNull().OverridePropertyName("file").WithErrorCode("file.required").WithMessage(_ => Messages.Get("file.required"));
        RuleFor(c => c.Length).LessThanOrEqualTo(FileRules.MaxFileBytes).OverridePropertyName("file")
            .WithErrorCode("file.too_large").WithMessage(_ => FileRules.Problem("file", "file.too_large").Message);
    }
}

internal sealed class ImportCommitmentTemplateHandler(AppDbContext db, EditionModels editions, ICurrentUser user, TimeProvider clock, ImportThrottle throttle)
    : ICommandHandler<ImportCommitmentTemplateCommand, Result<IReadOnlyList<CommitmentDto>>>
{
    public async ValueTask<Result<IReadOnlyList<CommitmentDto>>> Handle(ImportCommitmentTemplateCommand command, CancellationToken cancellationToken)
    {
        if (throttle.Attempt(user.UserId) is { } throttled)
        {
            return throttled;
        }

        var (scope, error) = await CommitmentScope.LoadAsync(db, command.Year, command.Governorate, cancellationToken);
        if (scope is null)
        {
            return error!;
        }

        if (!await Commitments.OpenAsync(db, command.Year + 1, cancellationToken))
        {
            return AppError.Conflict("commitment.locked", command.Year + 1);
        }

        var (rows, problem) = CommitmentTemplateReader.Read(command.Content!, cancellationToken);
        if (problem is not null)
        {
            return AppError.Validation([problem]);
        }

        var (filled, errors) = Proposals(rows);
        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        if (filled.Count == 0)
        {
            return AppError.Validation([new FieldError("file", "commitment.rows.required", Messages.Get("commitment.rows.required"))]);
        }

        var result = await CommitmentProposals.ProposeAsync(
            db, editions, user, clock.GetUtcNow(), command.Year, command.Governorate, [.. filled.Select(f => f.Proposal)], cancellationToken);
        return result.IsSuccess || result.Error!.Kind != ErrorKind.Validation
            ? result
            : Refused([.. result.Error.Fields.Select(f => InCell(f, filled))]);
    }

    /// <summary>The rows with a commitment value, each read as a number as the entry template reads values (Arabic digits and separator too).</summary>
    private static (List<(ProposalRow Proposal, CommitmentTemplateRow Row)> Filled, List<FieldError> Errors) Proposals(IReadOnlyList<CommitmentTemplateRow> rows)
    {
        var filled = new List<(ProposalRow, CommitmentTemplateRow)>();
        var errors = new List<FieldError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.Value is not null))
        {
            if (row.Code is null)
            {
                errors.Add(Cell(row.CodeCell, "required"));
            }
            else if (!seen.Add(row.Code))
            {
                errors.Add(Cell(row.CodeCell, "excel.row.duplicate", row.Code));
            }
            else if (DecimalInput.TryParse(row.Value, row.ValueCell, out var value) is { } broken)
            {
                errors.Add(Cell(row.ValueCell, broken.Code, broken.Args));
            }
            else
            {
                filled.Add((new ProposalRow(row.Code, value), row));
            }
        }

        return (filled, errors);
    }

    /// <summary>A field error of the proposal (<c>rows[3].value</c>) as the cell it came from.</summary>
    private static FieldError InCell(FieldError error, List<(ProposalRow Proposal, CommitmentTemplateRow Row)> filled)
    {
        var close = error.Field.IndexOf(']', StringComparison.Ordinal);
        if (!error.Field.StartsWith("rows[", StringComparison.Ordinal) || close < 0 || !int.TryParse(error.Field[5..close], out var n) || n >= filled.Count)
        {
            return error;
        }

        var row = filled[n].Row;
        var cell = error.Field[(close + 1)..] == ".indicator" ? row.CodeCell : row.ValueCell;
        return new FieldError(cell, error.Code, Messages.Get("excel.cell.problem", cell, error.Message));
    }

    private static FieldError Cell(string cell, string code, params object[] args) =>
        new(cell, code, Messages.Get("excel.cell.problem", cell, Messages.Get(code, args)));

    private static AppError Refused(IReadOnlyList<FieldError> cells) =>
        new(ErrorKind.Validation, "commitment.template.invalid", Messages.Get("commitment.template.invalid"), cells);
}
