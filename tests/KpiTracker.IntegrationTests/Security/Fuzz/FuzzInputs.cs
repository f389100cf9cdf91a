using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace KpiTracker.IntegrationTests.Security.Fuzz;

/// <summary>
/// Generates requests for every API route: route values that often exist (a real year, governorate, indicator or user) and
/// often do not, hostile query values, and bodies from well-formed JSON with hostile field values to broken JSON, wrong types,
/// wrong content types and broken multipart.
/// </summary>
internal static partial class FuzzInputs
{
    private static readonly string Long = new('x', 5000);

    private static readonly string[] HostileText =
    [
        "", " ", "\0", "a\0b", "\u202Eevil", "\u200B", "\t\r\n", "%00", "%FF", "../../etc/passwd", "<script>alert(1)</script>", "=1+2",
        "عمان", "😀", "\uD800", new string('ن', 300), Long, "-1", "0", "2147483648", "99999999999999999999", "1e309", "NaN",
        "2026-02-30", "2026-13-01T25:00:00Z", "null", "true", "OM-BS", "LSP-01", "administrator", "indicator_owner",
    ];

    private static readonly string[] HostileJson =
    [
        "\"\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\u202Eevil\"", "\"\\u200Bx\"", $"\"{Long}\"", $"\"{new string('ن', 300)}\"", "1e309", "-1e309",
        "-1", "0", "1", "99999999999999999999", "12.1234567", "100.5", "true", "false", "null", "{}", "[]", "[1,2]", "\"2026-02-30\"",
        "\"2026-01-15\"", "\"2026-13-01T25:00:00Z\"", "\"OM-BS\"", "\"OM-XX\"", "\"LSP-01\"", "\"administrator\"", "\"central_team\"",
        "\"indicator_owner\"", "{\"LSP-01\":1e308}", "{\"LSP-01\":-99999999}", "{\"LSP-01\":\"x\"}", "{\"opens\":\"2026-13-01\"}",
        "\"Wadi-Bani-Khalid-Evening-47\"", "2147483648", "-2147483649", "1.5", "\"na\"", "\"other\"",
    ];

    private static readonly string[] FieldNames =
    [
        "value", "reason", "justification", "comment", "note", "displayName", "userName", "password", "currentPassword",
        "newPassword", "role", "orgUnit", "orgUnitCode", "indicator", "indicatorCode", "values", "calendar", "opens", "closes",
        "reviewBy", "verifyBy", "year", "active", "assignments", "target", "kind", "code", "nameAr", "nameEn", "weight", "band",
        "governorate", "governorates", "items", "decision", "digits", "refreshToken", "email", "language", "source", "edition",
    ];

    private static readonly string[] QueryNames =
    [
        "page", "pageSize", "user", "entity", "action", "from", "to", "governorate", "show", "status", "year", "lang", "format",
        "indicator", "criterion", "kind", "flagged", "overdue", "edition", "q", "search", "returnUrl", "top",
    ];

    public static Gen<FuzzCase> Cases(IReadOnlyList<(string Method, string Pattern)> routes, IReadOnlyList<string> userIds, int callers) =>
        from route in Gen.Int[0, routes.Count - 1]
        from caller in Gen.Int[0, callers - 1]
        from path in PathOf(routes[route].Pattern, userIds)
        from query in Query
        from body in routes[route].Method is "GET" or "HEAD" ? Gen.Const(((string?)null, (string?)null)) : Body
        from ifMatch in Gen.Frequency<string?>((6, Gen.Const((string?)null)), (1, Gen.OneOf<string?>("\"1\"", "*", "garbage", "\"99999999999\"", "W/\"1\"")))
        select new FuzzCase(caller, routes[route].Method, path + query, body.Item1, body.Item2, ifMatch);

    private static Gen<string> PathOf(string pattern, IReadOnlyList<string> userIds)
    {
        var route = "/" + pattern.TrimStart('/');
        var parameters = RouteParameter().Matches(route);
        var values = Gen.Const(Array.Empty<string>());
        foreach (Match parameter in parameters)
        {
            var value = ValueOf(parameter.Groups["name"].Value, userIds);
            values = values.SelectMany(done => value.Select(v => (string[])[.. done, v]));
        }

        return values.Select(chosen =>
        {
            var path = new StringBuilder();
            var at = 0;
            for (var i = 0; i < parameters.Count; i++)
            {
                path.Append(route, at, parameters[i].Index - at).Append(chosen[i]);
                at = parameters[i].Index + parameters[i].Length;
            }

            return path.Append(route, at, route.Length - at).ToString();
        });
    }

    private static Gen<string> ValueOf(string name, IReadOnlyList<string> userIds) => name.ToLowerInvariant() switch
    {
        "year" => Gen.Frequency<string>((6, Gen.OneOf("2025", "2024", "2026")), (1, Gen.OneOf("0", "-5", "99999", "2147483648", "abc"))),
        "governorate" or "orgunit" or "unit" => Gen.Frequency<string>((6, Gen.OneOf("OM-BS", "OM-MA", "OM-MU")), (1, Hostile)),
        "indicator" => Gen.Frequency<string>((6, Gen.OneOf("LSP-01", "LSP-04", "PAO-02", "PAO-05")), (1, Hostile)),
        "criterion" => Gen.Frequency<string>((4, Gen.OneOf("LSP", "PAO")), (1, Hostile)),
        "id" or "userid" => Gen.Frequency<string>((6, Gen.OneOf([.. userIds])), (1, Gen.Guid.Select(g => g.ToString())), (1, Hostile)),
        "version" or "edition" or "number" => Gen.Frequency<string>((4, Gen.OneOf("1", "2")), (1, Hostile)),
        _ => Gen.Frequency<string>((2, Gen.OneOf("1", "OM-BS", "LSP-01", "2025")), (1, Hostile)),
    };

    /// <summary>Hostile route values; a NUL never reaches the app in a path (Kestrel refuses the request line itself, 400).</summary>
    private static readonly Gen<string> Hostile = Gen.OneOf([.. HostileText.Where(t => !t.Contains('\0', StringComparison.Ordinal))]).Select(Uri.EscapeDataString);

    private static readonly Gen<string> Query =
        Gen.Frequency<string>(
            (2, Gen.Const("")),
            (3, Gen.Select(Gen.OneOf(QueryNames), Gen.OneOf(HostileText)).Array[1, 3].Select(pairs =>
                "?" + string.Join("&", pairs.Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}")))),
            (1, Gen.OneOf("?page=2147483647&pageSize=500", "?page=99999999999", "?from=2027-01-01&to=2026-01-01", "?%zz=1", "?page=%00")));

    private static readonly Gen<string> JsonObject =
        Gen.Select(Gen.OneOf(FieldNames), Gen.OneOf(HostileJson)).Array[1, 4]
            .Select(fields => "{" + string.Join(",", fields.Select(f => $"\"{f.Item1}\":{f.Item2}")) + "}");

    private static readonly Gen<(string?, string?)> Body = Gen.Frequency<(string?, string?)>(
        (8, JsonObject.Select(j => ((string?)j, (string?)"application/json"))),
        (2, JsonObject.Array[1, 3].Select(a => ((string?)("[" + string.Join(",", a) + "]"), (string?)"application/json"))),
        (2, Gen.OneOf("\"x\"", "42", "null", "[]", "true").Select(j => ((string?)j, (string?)"application/json"))),
        (2, Gen.OneOf("{", "{\"a\":}", "\0", "{\"value\":1,}", "\uFEFF{}", "{\"a\":\"\\uD800\"}", new string('[', 5000)).Select(j => ((string?)j, (string?)"application/json"))),
        (1, Gen.Const(((string?)"", (string?)"application/json"))),
        (1, Gen.Const(((string?)null, (string?)null))),
        (1, JsonObject.Select(j => ((string?)j, (string?)"text/plain"))),
        (2, Gen.OneOf(
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx\r\n--b--\r\n",
                "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end",
                "garbage without boundary",
                "--b\r\n\r\n\r\n--b--")
            .Select(m => ((string?)m, (string?)"multipart/form-data; boundary=b"))));

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
