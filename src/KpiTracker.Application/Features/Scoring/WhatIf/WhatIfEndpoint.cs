using System.Text.Json;

namespace KpiTracker.Application.Features.Scoring.WhatIf;

/// <summary>The free scenario, computed on the latest published run and stored nowhere.</summary>
internal static class WhatIfEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapPost("/scorecards/{governorate}/what-if", async (int year, string governorate, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<WhatIfRequest>(request, ct);
                if (error is not null)
                {
                    return ResultHttp.Problem(error);
                }

                var (values, errors) = body!.Read();
                return errors.Count > 0
                    ? ResultHttp.Problem(AppError.Validation(errors))
                    : (await sender.Send(new WhatIfQuery(year, governorate, values), ct)).ToHttp();
            })
            .WithName("WhatIf")
            .WithSummary("The index if the given indicators had these values (JSON numbers, refused as the entry form refuses them): overall from → to (+Δ), the band now and reached, each changed indicator from → to, and each indicator's headroom; computed, stored nowhere.")
            .Accepts<WhatIfRequest>("application/json")
            .Produces<WhatIfDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>
    /// The scenario as sent: indicator code → value. A value must be a JSON number and is read exactly, from its own text, by the
    /// entry form's reader (<see cref="DecimalInput"/>), so 1e400 or 0.1234567 get the entry form's answers; a string, null, true,
    /// an object or an array is refused on its field.
    /// </summary>
    internal sealed record WhatIfRequest(Dictionary<string, JsonElement>? Values)
    {
        public (Dictionary<string, decimal> Values, List<FieldError> Errors) Read()
        {
            var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
            var errors = new List<FieldError>();
            foreach (var (code, element) in Values ?? [])
            {
                var field = $"values.{code}";
                if (element.ValueKind != JsonValueKind.Number)
                {
                    errors.Add(new FieldError(field, "type.number", Messages.Get("type.number")));
                }
                else if (DecimalInput.TryParse(element.GetRawText(), field, out var value) is { } broken)
                {
                    errors.Add(new FieldError(field, broken.Code, Messages.Get(broken.Code, broken.Args)));
                }
                else
                {
                    values[code] = value!.Value;
                }
            }

            return (values, errors);
        }
    }
}
