using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialWorkCloud.Domain.PersonalData;

namespace SocialWorkCloud.Application.Features.PersonalData;

internal sealed class DataSubjectRequestConfiguration : IEntityTypeConfiguration<DataSubjectRequest>
{
    public void Configure(EntityTypeBuilder<DataSubjectRequest> b)
    {
        b.ToTable("DataSubjectRequests");
        // No foreign key to the client: the request (and its proof of handling) outlives a deleted client.
        b.Property(r => r.Detail).HasMaxLength(2000);
        b.Property(r => r.Outcome).HasMaxLength(2000);
        b.HasIndex(r => new { r.FacilityId, r.Status, r.DueOn });
        b.HasIndex(r => new { r.FacilityId, r.ClientId });
    }
}

internal sealed class RetentionDueItemConfiguration : IEntityTypeConfiguration<RetentionDueItem>
{
    public void Configure(EntityTypeBuilder<RetentionDueItem> b)
    {
        b.ToTable("RetentionDueItems");
        b.HasIndex(r => new { r.FacilityId, r.Kind, r.DueOn });
    }
}
