using System.Globalization;

namespace SocialWorkCloud.Application.Common.Documents;

/// <summary>
/// The culture of text a Vietnamese reader sees in an exported document (PDF or Excel): dates as
/// dd/MM/yyyy. Identifiers, codes and plain figures a machine reads stay <see cref="CultureInfo.InvariantCulture"/>.
/// </summary>
public static class DocumentCulture
{
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");
}
