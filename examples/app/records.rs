//! The record types of the logistics log, declared once each by `records!`.

use std::hash::Hash;

use crate::fields::{mix, Field, Rng};

/// What the processing pipeline needs from a record type.
pub trait Record: Clone + Ord + Hash + 'static {
    /// The field records are grouped by.
    type Key: Field + Clone + Ord + Hash;
    /// The type's name in the summary.
    const NAME: &'static str;
    /// A random record whose id is below `ids`.
    fn generate(rng: &mut Rng, ids: u64) -> Self;
    fn id(&self) -> u64;
    fn key(&self) -> Self::Key;
    /// The quantity summed per group (weight, money, minutes...).
    fn amount(&self) -> u64;
    /// A stable hash of every field.
    fn digest(&self) -> u64;
}

/// Something run once per record type, with the type as a parameter.
pub trait Visitor {
    fn visit<R: Record>(&mut self);
}

/// Declares each record type as `Name { label, key: KeyType, amount: AmountType, extra... }`.
/// Every record also has an `id: u64`; `label` is a `String`.
macro_rules! records {
    ($(
        $(#[$doc:meta])*
        $name:ident {
            $label:ident,
            $key:ident: $kty:ty,
            $amount:ident: $aty:ty
            $(, $extra:ident: $ety:ty)* $(,)?
        }
    )+) => {
        $(
            $(#[$doc])*
            #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
            pub struct $name {
                id: u64,
                $label: String,
                $key: $kty,
                $amount: $aty,
                $($extra: $ety,)*
            }

            impl Record for $name {
                type Key = $kty;
                const NAME: &'static str = stringify!($name);
                fn generate(rng: &mut Rng, ids: u64) -> Self {
                    $name {
                        id: rng.below(ids),
                        $label: Field::generate(rng),
                        $key: Field::generate(rng),
                        $amount: Field::generate(rng),
                        $($extra: Field::generate(rng),)*
                    }
                }
                fn id(&self) -> u64 {
                    self.id
                }
                fn key(&self) -> $kty {
                    self.$key.clone()
                }
                fn amount(&self) -> u64 {
                    self.$amount.digest()
                }
                fn digest(&self) -> u64 {
                    let h = mix(self.id, self.$label.digest());
                    let h = mix(h, self.$key.digest());
                    let h = mix(h, self.$amount.digest());
                    $(let h = mix(h, self.$extra.digest());)*
                    h
                }
            }
        )+

        /// Runs `visitor` once for every record type, in declaration order.
        pub fn visit_all<V: Visitor>(visitor: &mut V) {
            $(visitor.visit::<$name>();)+
        }
    };
}

records! {
    /// A parcel scanned at a depot.
    Parcel { depot, zone: u16, weight_g: u32, fragile: bool }
    /// A consignment handed to a carrier.
    Shipment { carrier, lane: u32, value_cents: u64, express: bool }
    /// A pallet stored in a warehouse aisle.
    Pallet { warehouse, aisle: u8, load_kg: u16, height_cm: u16 }
    /// A truck checked in at a depot.
    Truck { plate, depot_no: u16, odometer_km: u32, axles: u8 }
    /// A driver's daily log.
    Driver { name, licence_class: u8, minutes: u16, rating: u8 }
    /// A planned delivery route.
    Route { origin, region: u16, distance_km: u32, stops: u8 }
    /// A stop made on a route.
    Stop { address, route_no: u32, wait_s: u16, signed: bool }
    /// An invoice sent to a customer account.
    Invoice { customer, account: u64, total_cents: u64, due_days: u8 }
    /// A payment received on an account.
    Payment { payer, account: u64, amount_cents: u32, method: u8 }
    /// A refund for an order.
    Refund { reason, order_no: u32, amount_cents: u32, approved: bool }
    /// A customer's monthly activity, grouped by city.
    Customer { name, city: String, spend_cents: u32, tier: u8 }
    /// A supplier's delivery performance.
    Supplier { name, country: u16, lead_days: u16, rating: u8 }
    /// An order placed with a supplier.
    PurchaseOrder { supplier, sku: u32, qty: u16, unit_cents: u32 }
    /// Stock moved between bins; quantities can be corrections.
    StockMove { product, from_bin: u16, qty: i32, to_bin: u16 }
    /// An item returned by a customer.
    ReturnItem { reason, sku: u32, qty: u8, restock: bool }
    /// A site inspection.
    Inspection { inspector, site: u16, score: u8, passed: bool }
    /// Damage found on a parcel.
    DamageReport { cause, parcel_no: u64, cost_cents: u32, insured: bool }
    /// Fuel bought for a truck.
    FuelLog { station, truck_no: u16, millilitres: u32, price_cents: u16 }
    /// Workshop time for a truck.
    Maintenance { workshop, truck_no: u16, cost_cents: u32, downtime_h: u16 }
    /// A crew's shift at a site.
    Shift { site, crew: u8, minutes: u16, overtime: bool }
    /// A barcode scan at a gate.
    ScanEvent { scanner, gate: u8, latency_ms: u16, retry: bool }
    /// A delay on a route.
    Delay { cause, route_no: u32, minutes: u16, weather: bool }
    /// A customer complaint.
    Complaint { channel, category: u8, severity: u8, resolved: bool }
    /// A customer's rating of a driver.
    Rating { reviewer, driver_no: u32, stars: u8, comment_len: u16 }
    /// A shipping container moved at a port.
    ContainerMove { port, berth: u16, teu: u8, reefer: bool }
    /// A customs declaration.
    CustomsEntry { broker, hs_code: u32, duty_cents: u64, held: bool }
    /// A cold-chain sensor reading, in hundredths of a degree.
    TemperatureLog { sensor, zone: i32, reading: i64, alarm: bool }
    /// Hours worked by an employee in a week.
    Timesheet { employee, week: u8, minutes: u16, night: bool }
}
