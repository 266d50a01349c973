//! The serde impls of a type, written out rather than derived.
//!
//! A struct implements `codegen_runtime::model::Object` (a hidden struct of a slot per field,
//! a `match` arm per wire name to store a value, an expression per field to build the struct;
//! nothing numbered, so a field added changes only lines about it) and its
//! `Deserialize` hands it to the runtime's one visitor; its `Serialize` writes a map, a line
//! per field. A string enum decodes through a table of its values, a one-of without a tag by
//! trying its variants on a buffered value. That is less code for the compiler to check than
//! `serde_derive`'s (a field enum with its own visitor, `visit_seq` and `visit_map` per struct)
//! and nothing for a proc macro to expand; `EmitOptions::serde_derive` keeps the derives.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{ident, Cx};
use crate::ir::{Field, Stored, TypeDef, TypeRef};

/// `#[cfg(feature = "full-serde")]` for an impl the API does not need.
fn gate(needed: bool) -> Option<TokenStream> {
    (!needed).then(|| quote!(#[cfg(feature = "full-serde")]))
}

/// `Serialize` and `Deserialize` of a struct (each gated when the API does not need it).
pub(super) fn struct_impls(
    cx: &Cx<'_>,
    t: &TypeDef,
    name: &Ident,
    fields: &[Field],
    extra: Option<(&Ident, &TypeRef)>,
) -> TokenStream {
    let ser = struct_serialize(t, name, fields, extra.map(|(n, _)| n));
    let de = struct_deserialize(cx, t, name, fields, extra);
    quote!(#ser #de)
}

fn struct_serialize(t: &TypeDef, name: &Ident, fields: &[Field], extra: Option<&Ident>) -> TokenStream {
    let gate = gate(t.usage.serialize);
    let entries = fields.iter().filter_map(|f| {
        let n = ident(&f.name);
        let wire = &f.wire;
        match Stored::of(f, t.usage) {
            Stored::File => None,
            Stored::Plain => Some(quote!(codegen_runtime::model::entry(&mut map, #wire, &self.#n)?;)),
            // A required, nullable field is written as `null`; an optional one left out.
            Stored::Optional if f.required => Some(quote!(codegen_runtime::model::entry(&mut map, #wire, &self.#n)?;)),
            Stored::Optional | Stored::ThreeStates => {
                Some(quote!(codegen_runtime::model::present(&mut map, #wire, &self.#n)?;))
            }
        }
    });
    let entries: Vec<TokenStream> = entries.collect();
    let others = extra.map(|e| quote!(codegen_runtime::model::others(&mut map, &self.#e)?;));
    // A struct with nothing to write (no fields, or only files) writes `{}`.
    let map = if entries.is_empty() && others.is_none() { quote!(map) } else { quote!(mut map) };
    quote! {
        #gate
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let #map = codegen_runtime::model::start(serializer)?;
                #(#entries)*
                #others
                codegen_runtime::model::end(map)
            }
        }
    }
}

fn struct_deserialize(
    cx: &Cx<'_>,
    t: &TypeDef,
    name: &Ident,
    fields: &[Field],
    extra: Option<(&Ident, &TypeRef)>,
) -> TokenStream {
    let gate = gate(t.usage.deserialize);
    let read: Vec<(&Field, Stored)> =
        fields.iter().map(|f| (f, Stored::of(f, t.usage))).filter(|(_, s)| *s != Stored::File).collect();
    let slots_name = ident(&t.slots_name());
    let slots_def = slots_struct(cx, &gate, name, &slots_name, &read, extra);
    let inits = fields.iter().map(|f| {
        let n = ident(&f.name);
        let wire = &f.wire;
        match Stored::of(f, t.usage) {
            Stored::File => quote!(#n: Default::default(),),
            Stored::Plain => quote!(#n: codegen_runtime::model::required(slots.#n, #wire)?,),
            Stored::Optional => quote!(#n: slots.#n.flatten(),),
            Stored::ThreeStates => quote!(#n: slots.#n,),
        }
    });
    let inits: Vec<TokenStream> = inits.collect();
    let others = extra.map(|(e, _)| {
        let init = quote!(#e: slots.#e,);
        let items = quote! {
            const KEEPS_OTHERS: bool = true;

            fn store_other<'de, A: serde::de::MapAccess<'de>>(
                slots: &mut Self::Slots,
                key: String,
                map: &mut A,
            ) -> Result<(), A::Error> {
                codegen_runtime::model::insert(map, &mut slots.#e, key)
            }
        };
        (init, items)
    });
    let (other_init, other_items) = others.unzip();
    let type_name = t.name.trim_start_matches("r#");
    let finish_slots = if read.is_empty() && extra.is_none() { quote!(_slots) } else { quote!(slots) };
    let store = store_fn(&read);
    quote! {
        #slots_def

        #gate
        impl codegen_runtime::model::Object for #name {
            const NAME: &'static str = #type_name;
            #other_items
            type Slots = #slots_name;

            #store

            fn finish<E: serde::de::Error>(#finish_slots: Self::Slots) -> Result<Self, E> {
                Ok(Self { #(#inits)* #other_init })
            }
        }

        #gate
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                codegen_runtime::model::object(deserializer)
            }
        }
    }
}

/// `Object::store`: a `match` arm per wire name that reads the value into its field's slot.
fn store_fn(read: &[(&Field, Stored)]) -> TokenStream {
    let arms = read.iter().map(|(f, stored)| {
        let slot = ident(&f.name);
        let wire = &f.wire;
        if f.lenient {
            let seed = if *stored == Stored::Plain {
                quote!(codegen_runtime::lenient::IntegerSeed::default())
            } else {
                quote!(codegen_runtime::lenient::OptionSeed::default())
            };
            quote!(#wire => codegen_runtime::model::set_with(map, &mut slots.#slot, #wire, #seed),)
        } else {
            quote!(#wire => codegen_runtime::model::set(map, &mut slots.#slot, #wire),)
        }
    });
    let arms: Vec<TokenStream> = arms.collect();
    // A `match` on the key: the compiler turns it into length checks and comparisons with
    // constants, where a search of a table of names would call `memcmp` per candidate.
    if read.is_empty() {
        quote! {
            fn store<'de, A: serde::de::MapAccess<'de>>(
                _slots: &mut Self::Slots,
                _key: &str,
                _map: &mut A,
            ) -> Result<bool, A::Error> {
                Ok(false)
            }
        }
    } else {
        quote! {
            fn store<'de, A: serde::de::MapAccess<'de>>(
                slots: &mut Self::Slots,
                key: &str,
                map: &mut A,
            ) -> Result<bool, A::Error> {
                match key {
                    #(#arms)*
                    _ => Ok(false),
                }
            }
        }
    }
}

/// What the decoder of a struct has read so far: a slot per field, named as the field.
fn slots_struct(
    cx: &Cx<'_>,
    gate: &Option<TokenStream>,
    name: &Ident,
    slots_name: &Ident,
    read: &[(&Field, Stored)],
    extra: Option<(&Ident, &TypeRef)>,
) -> TokenStream {
    let slots = read.iter().map(|(f, stored)| {
        let n = ident(&f.name);
        let ty = cx.ty(&f.ty, false);
        if *stored == Stored::Plain {
            quote!(#n: Option<#ty>,)
        } else {
            quote!(#n: Option<Option<#ty>>,)
        }
    });
    let other = extra.map(|(e, ty)| {
        let ty = cx.ty(ty, false);
        quote!(#e: std::collections::BTreeMap<String, #ty>,)
    });
    let doc = format!(" The fields of [`{name}`] its decoder has read so far.");
    quote! {
        #gate
        #[doc = #doc]
        #[doc(hidden)]
        #[derive(Default)]
        pub struct #slots_name {
            #(#slots)*
            #other
        }
    }
}

/// A string enum: written as its `as_str`, read through the table of its values (a value not
/// in it is `Unknown`).
pub(super) fn enum_impls(t: &TypeDef, name: &Ident, variants: &[(Ident, &str)]) -> TokenStream {
    let ser_gate = gate(t.usage.serialize);
    let de_gate = gate(t.usage.deserialize);
    let wires = variants.iter().map(|(_, wire)| wire);
    let last = variants.len().saturating_sub(1);
    let arms = variants.iter().enumerate().map(|(i, (v, _))| {
        if i == last {
            // Indices come from the table, so the last one is the only one left.
            quote!(Ok(_) => Self::#v,)
        } else {
            let i = proc_macro2::Literal::usize_unsuffixed(i);
            quote!(Ok(#i) => Self::#v,)
        }
    });
    let known = if variants.is_empty() {
        quote!(Ok(_) => return Err(serde::de::Error::custom("an enumeration without values")),)
    } else {
        quote!(#(#arms)*)
    };
    quote! {
        #ser_gate
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #de_gate
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                Ok(match codegen_runtime::model::variant(deserializer, &[#(#wires),*])? {
                    #known
                    Err(value) => Self::Unknown(value),
                })
            }
        }
    }
}

/// A newtype: (de)serialized as the value it wraps.
pub(super) fn transparent_impls(t: &TypeDef, name: &Ident) -> TokenStream {
    let ser_gate = gate(t.usage.serialize);
    let de_gate = gate(t.usage.deserialize);
    quote! {
        #ser_gate
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serde::Serialize::serialize(&self.0, serializer)
            }
        }

        #de_gate
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                serde::Deserialize::deserialize(deserializer).map(Self)
            }
        }
    }
}

/// A one-of's `Serialize`: the variant's value as it is (the tag, if any, is inside it).
pub(super) fn one_of_serialize(
    t: &TypeDef,
    name: &Ident,
    variants: &[(String, TypeRef)],
    unknown: bool,
) -> TokenStream {
    let gate = gate(t.usage.serialize);
    let arms = variants.iter().map(|(v, _)| {
        let v = ident(v);
        quote!(Self::#v(value) => serde::Serialize::serialize(value, serializer),)
    });
    let unknown = unknown.then(|| quote!(Self::Unknown(value) => serde::Serialize::serialize(value, serializer),));
    quote! {
        #gate
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(#arms)*
                    #unknown
                }
            }
        }
    }
}

/// A one-of without a tag: the value is buffered and each variant tried in order, as
/// `#[serde(untagged)]` does; none matching is `Unknown` when the one-of is received.
pub(super) fn untagged_deserialize(
    t: &TypeDef,
    name: &Ident,
    variants: &[(String, TypeRef)],
    lenient: &[usize],
    unknown: bool,
) -> TokenStream {
    let gate = gate(t.usage.deserialize);
    let tries = variants.iter().enumerate().map(|(i, (v, _))| {
        let v = ident(v);
        if lenient.contains(&i) {
            quote! {
                if let Ok(value) = codegen_runtime::lenient::integer(&value) {
                    return Ok(Self::#v(value));
                }
            }
        } else {
            quote! {
                if let Some(value) = codegen_runtime::model::try_variant(&value) {
                    return Ok(Self::#v(value));
                }
            }
        }
    });
    let type_name = name.to_string();
    let otherwise = if unknown {
        quote!(Ok(Self::Unknown(value.into_json())))
    } else {
        quote!(Err(codegen_runtime::model::no_variant(#type_name)))
    };
    quote! {
        #gate
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = codegen_runtime::model::buffer(deserializer)?;
                #(#tries)*
                #otherwise
            }
        }
    }
}
