// This file is generated from e2e/specs/decoding.yaml by `cargo xtask generate`. Do not edit it by hand.

//! Every example in the spec decodes into its generated type and encodes back to the
//! same JSON (numbers compared by value).
#[rustfmt::skip]
mod examples {
    use decoding_derive_client::types;

    #[test]
    fn every_example_round_trips() {
        let mut report = codegen_runtime::ExampleReport::new(2);
        report
            .check::<
                types::Record,
            >(
                "#/paths/~1records~1{id}/put/requestBody/content/application~1json/example",
                "{\"id\":7,\"displayName\":\"seven\",\"owner\":3,\"state\":\"open\",\"level\":2,\"tags\":[\"a\"],\"note\":null}",
            );
        report
            .check::<
                types::Record,
            >(
                "#/paths/~1records~1{id}/put/responses/200/content/application~1json/example",
                "{\"id\":7,\"displayName\":\"seven\",\"owner\":3,\"state\":\"open\",\"level\":2,\"tags\":[\"a\"],\"type\":\"plain\",\"extra\":{\"size\":3}}",
            );
        report.finish();
    }
}
