using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace KpiTracker.Web.Hosting.Edge;

/// <summary>
/// Behind the documented reverse proxy: the client's address and the scheme come from the proxy's forwarded headers, but only
/// from the proxies named in <see cref="ProxyOptions"/>. With none named, nothing is forwarded (the app then sees the proxy's
/// address, as a directly exposed app should).
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static void AddKpiForwardedHeaders(this WebApplicationBuilder builder)
    {
        var proxy = builder.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // With both lists empty the middleware believes every sender, so without a named proxy nothing is forwarded at all.
            o.ForwardedHeaders = proxy.KnownProxies.Length + proxy.KnownNetworks.Length == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = proxy.ForwardLimit;
            // The framework trusts the loopback by default; only what the operator names is trusted here.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // The obsolete list still holds the loopback network by default, and the middleware still reads it.
            o.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            foreach (var address in proxy.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }
}
