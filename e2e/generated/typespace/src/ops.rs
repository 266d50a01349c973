// This file is generated from e2e/specs/typespace.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument. A marker's value
//! names its operation where a value is wanted (`mock::Server::expect(ops::Operation)`
//! with the `mock` feature).
/// Marks the calls of [`Client::list_pets`](crate::Client::list_pets): `Call<T, ops::ListPets>`, which has the setters of its 3 optional parameter(s).
pub struct ListPets;

/// Marks the calls of [`Client::create_pet`](crate::Client::create_pet): `Call<T, ops::CreatePet>`.
pub struct CreatePet;

/// Marks the calls of [`Client::get_pet`](crate::Client::get_pet): `Call<T, ops::GetPet>`.
pub struct GetPet;
