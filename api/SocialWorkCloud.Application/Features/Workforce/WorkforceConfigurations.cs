using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Training;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Workforce;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("Departments");
        b.Property(d => d.Name).HasMaxLength(200);
        b.HasOne<Facility>().WithMany().HasForeignKey(d => d.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.FacilityId, d.Name }).IsUnique();
    }
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("StaffMembers");
        b.Property(s => s.FullName).HasMaxLength(200);
        b.Property(s => s.SearchName).HasMaxLength(200);
        b.Property(s => s.PracticeHostFacility).HasMaxLength(300);
        b.Property(s => s.PracticeSupervisor).HasMaxLength(200);
        b.Property(s => s.StaffCode).HasMaxLength(32);
        b.HasIndex(s => new { s.FacilityId, s.StaffCode }).IsUnique();
        b.HasOne<Facility>().WithMany().HasForeignKey(s => s.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PracticeCertificateConfiguration : IEntityTypeConfiguration<PracticeCertificate>
{
    public void Configure(EntityTypeBuilder<PracticeCertificate> b)
    {
        b.ToTable("PracticeCertificates");
        b.Property(c => c.Number).HasMaxLength(100);
        b.Property(c => c.Issuer).HasMaxLength(300);
        b.Property(c => c.ScanFileName).HasMaxLength(255);
        b.Property(c => c.ScanContentType).HasMaxLength(100);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.FacilityId, c.Number }).IsUnique();
    }
}

internal sealed class CertificateCheckConfiguration : IEntityTypeConfiguration<CertificateCheck>
{
    public void Configure(EntityTypeBuilder<CertificateCheck> b)
    {
        b.ToTable("CertificateChecks");
        b.HasIndex(c => new { c.FacilityId, c.AsOf });
    }
}

internal sealed class CollaboratorConfiguration : IEntityTypeConfiguration<Collaborator>
{
    public void Configure(EntityTypeBuilder<Collaborator> b)
    {
        b.ToTable("Collaborators");
        b.Property(c => c.FullName).HasMaxLength(200);
        b.Property(c => c.Phone).HasMaxLength(32);
        b.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
