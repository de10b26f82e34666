using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ChildProtection.Grpc.Tests.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Grpc.Tests;

/// <summary>gRPC over TLS: HTTP/2 negotiated by ALPN, as between sites or with an external department's system.</summary>
public class TlsTests
{
    [Fact]
    public async Task A_call_over_tls_negotiates_http2_and_succeeds()
    {
        using var certificate = SelfSigned();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l =>
        {
            l.Protocols = HttpProtocols.Http1AndHttp2;
            l.UseHttps(certificate);
        }));
        builder.Services.AddGrpcProtocol();
        builder.Services.AddRouting();
        await using var app = builder.Build();
        app.MapGrpcService(EchoReflection.Descriptor.Services[0], echo => EchoServer.Bind(echo, () => new SleepProbe()));
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;

        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, _) => cert?.GetCertHashString() == certificate.GetCertHashString();
        var channel = new GrpcChannel(new HttpClient(handler) { BaseAddress = new Uri($"https://localhost:{port}") });

        var reply = await channel.UnaryAsync<EchoRequest, EchoReply>("/test.v1.Echo/Say", new EchoRequest { Text = "加密" });

        Assert.Equal("加密", reply.Text);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Re-load from PKCS#12 so the private key is usable by SslStream on Linux.
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pfx), null);
    }
}
