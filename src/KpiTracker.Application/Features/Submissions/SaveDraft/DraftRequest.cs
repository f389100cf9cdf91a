using System.Text.Json;

namespace KpiTracker.Application.Features.Submissions.SaveDraft;

/// <summary>
/// The draft as sent. A member left out keeps what is stored; a member sent as <c>null</c> clears it (see
/// <see cref="ValueInput.Over"/>), so every member is read as a <see cref="JsonElement"/>, whose kind tells the two apart.
/// Numbers may be JSON numbers or strings and are read exactly by <see cref="DecimalInput"/> (a JSON number's own text is
/// used, so 1e309 or 0.1234567 reach the rules instead of failing or rounding in a double).
/// </summary>
internal sealed record DraftRequest(
    JsonElement Value,
    JsonElement Numerator,
    JsonElement Denominator,
    JsonElement LikertMean,
    JsonElement SampleSize,
    JsonElement Population,
    JsonElement ResponseRate,
    JsonElement Instrument,
    JsonElement Comment,
    JsonElement Justification,
    JsonElement Analysis)
{
    public (ValueInput Input, EntryFields Given, List<FieldError> Errors) ToInput()
    {
        var errors = new List<FieldError>();
        var given = EntryFields.None;
        string? Read(JsonElement element, string field, EntryFields member, bool number)
        {
            if (element.ValueKind != JsonValueKind.Undefined)
            {
                given |= member;
            }

            switch (element.ValueKind)
            {
                case JsonValueKind.Undefined or JsonValueKind.Null:
                    return null;
                case JsonValueKind.Number when number:
                    return element.GetRawText();
                case JsonValueKind.String:
                    return element.GetString();
                default:
                    var code = number ? "type.number" : "body.field_type";
                    errors.Add(new FieldError(field, code, Messages.Get(code)));
                    return null;
            }
        }

        var input = new ValueInput
        {
            Value = Read(Value, "value", EntryFields.Value, number: true),
            Numerator = Read(Numerator, "numerator", EntryFields.Numerator, number: true),
            Denominator = Read(Denominator, "denominator", EntryFields.Denominator, number: true),
            LikertMean = Read(LikertMean, "likertMean", EntryFields.LikertMean, number: true),
            SampleSize = Read(SampleSize, "sampleSize", EntryFields.SampleSize, number: true),
            Population = Read(Population, "population", EntryFields.Population, number: true),
            ResponseRate = Read(ResponseRate, "responseRate", EntryFields.ResponseRate, number: true),
            Instrument = Read(Instrument, "instrument", EntryFields.Instrument, number: false),
            Comment = Read(Comment, "comment", EntryFields.Comment, number: false),
            Justification = Read(Justification, "justification", EntryFields.Justification, number: false),
            Analysis = Read(Analysis, "analysis", EntryFields.Analysis, number: false),
        };
        return (input, given, errors);
    }
}
