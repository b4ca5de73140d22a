using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Places;

namespace SocialWorkCloud.Application.Persistence;

/// <summary>The official place names (provinces and communes of the 2025 reform).</summary>
public partial class AppDbContext
{
    public DbSet<PlaceProvince> PlaceProvinces => Set<PlaceProvince>();
    public DbSet<PlaceCommune> PlaceCommunes => Set<PlaceCommune>();
}
