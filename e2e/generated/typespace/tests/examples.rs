// This file is generated from e2e/specs/typespace.yaml by `cargo xtask generate`. Do not edit it by hand.

//! Every example in the spec decodes into its generated type and encodes back to the
//! same JSON (numbers compared by value).
#[rustfmt::skip]
mod examples {
    use typespace_client::types;

    #[test]
    fn every_example_round_trips() {
        let mut report = codegen_runtime::ExampleReport::new(2);
        report
            .check::<
                types::NewPet,
            >(
                "#/paths/~1pets/post/requestBody/content/application~1json/example",
                "{\"name\":\"Rex\",\"pet_type\":\"dog\"}",
            );
        report
            .check::<
                types::Pet,
            >(
                "#/paths/~1pets~1{id}/get/responses/200/content/application~1json/example",
                "{\"pet_type\":\"dog\",\"name\":\"Rex\",\"barks\":true}",
            );
        report.finish();
    }
}
