namespace KpiTracker.Web.Hosting.Edge;

/// <summary>
/// <c>Kpi:Proxy</c>: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed. Only a request
/// that arrives from one of them has its client address and scheme taken from those headers; from anywhere else the headers are
/// ignored, so a client cannot pick its own address (and with it its rate-limit partition or the address in the audit log).
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Kpi:Proxy";

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR form, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies stand in front of the app (each appends one address); 1 for one proxy.</summary>
    public int ForwardLimit { get; set; } = 1;
}
