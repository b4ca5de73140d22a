using Mediator;
using SocialWorkCloud.Application.Common.Security;

namespace SocialWorkCloud.Application.Features.Fundraising;

/// <summary>The banks offered for a campaign's transfer account (shipped with the code, the same for every facility).</summary>
[RequiresPermission(Permissions.FundraisingRead)]
public sealed record ListBanks : IQuery<IReadOnlyList<VietnameseBank>>;

public sealed class ListBanksHandler : IQueryHandler<ListBanks, IReadOnlyList<VietnameseBank>>
{
    public ValueTask<IReadOnlyList<VietnameseBank>> Handle(ListBanks query, CancellationToken cancellationToken) => ValueTask.FromResult(VietnameseBanks.All);
}
