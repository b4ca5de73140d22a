using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The Workforce area's tables.</summary>
public partial class AppDbContext
{
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<PracticeCertificate> PracticeCertificates => Set<PracticeCertificate>();
    public DbSet<CertificateCheck> CertificateChecks => Set<CertificateCheck>();
    public DbSet<Collaborator> Collaborators => Set<Collaborator>();
}
