//! Places: a boundary per district (GeoJSON with its bounding box), and the
//! population's reference date and the area, which the open data and the
//! per-1,000-residents figures name.
use crate::helpers::fk;
use sea_orm_migration::async_trait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table("district").add_column(date_null("population_date")).take()).await?;
        m.alter_table(Table::alter().table("district").add_column(double_null("area_km2")).take()).await?;
        m.create_table(
            Table::create()
                .table("district_boundary")
                .col(integer("district_id").primary_key())
                .col(text("geometry"))
                .col(string_len("origin", 20))
                .col(double("min_lon"))
                .col(double("min_lat"))
                .col(double("max_lon"))
                .col(double("max_lat"))
                .col(timestamp_with_time_zone("imported_at"))
                .foreign_key(&mut fk(("district_boundary", "district_id"), "district", true))
                .take(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table("district_boundary").take()).await?;
        m.alter_table(Table::alter().table("district").drop_column("area_km2").take()).await?;
        m.alter_table(Table::alter().table("district").drop_column("population_date").take()).await
    }
}
