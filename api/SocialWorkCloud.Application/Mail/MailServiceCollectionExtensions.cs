using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SocialWorkCloud.Application.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>The mail transport the <c>Email</c> settings call for: SMTP when a host is set, .eml files otherwise.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        var options = configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions();
        if (options.HasSmtp) services.AddSingleton<IMailTransport, SmtpMailTransport>();
        else services.AddSingleton<IMailTransport, PickupDirectoryMailTransport>();
        return services;
    }
}
