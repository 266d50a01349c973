// This file is generated from specs/tws.yaml by `cargo xtask generate`. Do not edit it by hand.

//! Every example in the spec decodes into its generated type and encodes back to the
//! same JSON (numbers compared by value).
#[rustfmt::skip]
mod examples {
    use tws_client::types;

    #[test]
    fn every_example_round_trips() {
        let mut report = codegen_runtime::ExampleReport::new(19);
        report
            .check::<
                types::TwsDateTime,
            >("#/components/schemas/TwsDateTime/example", "\"2025-04-15 10:00:00\"");
        report
            .check::<
                types::SortBy,
            >("#/components/schemas/SortBy/example", "\"created_at, desc\"");
        report
            .check::<
                types::SessionCreate,
            >(
                "#/paths/~1sessions/post/requestBody/content/application~1json/example",
                "{\"username\":\"admin@example.com\",\"password\":\"<PASSWORD>\"}",
            );
        report
            .check::<
                types::Session,
            >(
                "#/paths/~1sessions/post/responses/201/content/application~1json/example",
                "{\"tws_token\":{\"tws_token_data\":\"<BEARER_TOKEN>\",\"tws_token_expires_at\":\"2025-04-15 10:00:00\"},\"tws_memberships\":[{\"id\":\"97e9a980-9caf-4466\"}]}",
            );
        report
            .check::<
                types::WorkSessionList,
            >(
                "#/paths/~1work_sessions/get/responses/200/content/application~1json/example",
                "{\"data\":[{\"id\":\"5001\",\"status\":\"pending\"}],\"metadata\":{\"total\":1,\"page\":1}}",
            );
        report
            .check::<
                types::WorkSessionEnvelope,
            >(
                "#/paths/~1work_sessions~1{work_session_id}~1approve/post/responses/200/content/application~1json/example",
                "{\"data\":{\"id\":\"5001\",\"status\":\"approved\"}}",
            );
        report
            .check::<
                types::KeyCreateRequest,
            >(
                "#/paths/~1keys/post/requestBody/content/application~1json/example",
                "{\"key\":{\"lock_ids\":[143415],\"membership_ids\":[\"97e9a980-9caf-4466\"],\"start_date\":\"2025-04-15 10:00:00\",\"end_date\":\"2025-04-15 12:00:00\",\"ticket_number\":\"S_ID1234\",\"options\":{\"tasks\":[\"Preventive Maintenance\"]}}}",
            );
        report
            .check::<
                types::KeyList,
            >(
                "#/paths/~1keys/post/responses/201/content/application~1json/example",
                "{\"data\":[{\"id\":1}]}",
            );
        report
            .check::<
                types::KeyEnvelope,
            >(
                "#/paths/~1keys~1{key_id}/get/responses/200/content/application~1json/example",
                "{\"data\":{\"id\":1,\"lock_id\":143415,\"membership_id\":\"97e9a980-9caf-4466\",\"start_date\":\"2025-04-15 10:00:00\",\"end_date\":\"2025-04-15 12:00:00\"}}",
            );
        report
            .check::<
                types::UserList,
            >(
                "#/paths/~1users/get/responses/200/content/application~1json/example",
                "{\"data\":[{\"id\":\"u-1\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"email\":\"ada@example.com\"}]}",
            );
        report
            .check::<
                types::UserCreateRequest,
            >(
                "#/paths/~1users/post/requestBody/content/application~1json/example",
                "{\"user\":{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"user_group\":\"user\",\"email\":\"ada@example.com\",\"language\":\"en\",\"device_restricted\":true}}",
            );
        report
            .check::<
                types::UserCreated,
            >(
                "#/paths/~1users/post/responses/201/content/application~1json/example",
                "{\"data\":{\"membership_id\":\"97e9a980-9caf-4466\"}}",
            );
        report
            .check::<
                types::UserEnvelope,
            >(
                "#/paths/~1users~1{user_id}/get/responses/200/content/application~1json/example",
                "{\"data\":{\"id\":\"u-1\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"email\":\"ada@example.com\"}}",
            );
        report
            .check::<
                types::SiteList,
            >(
                "#/paths/~1sites/get/responses/200/content/application~1json/example",
                "{\"data\":[{\"id\":\"s-1\",\"name\":\"Head office\"}]}",
            );
        report
            .check::<
                types::LockList,
            >(
                "#/paths/~1sites~1{site_id}~1locks/get/responses/200/content/application~1json/example",
                "{\"data\":[{\"id\":143415}]}",
            );
        report
            .check::<
                types::LockList,
            >(
                "#/paths/~1locks/get/responses/200/content/application~1json/example",
                "{\"data\":[{\"id\":143415,\"name\":\"Front door\"}]}",
            );
        report
            .check::<
                types::LockStatusEnvelope,
            >(
                "#/paths/~1locks~1{lock_id}~1status/get/responses/200/content/application~1json/example",
                "{\"data\":{\"open\":false}}",
            );
        report
            .check::<
                types::OrganizationUpdateRequest,
            >(
                "#/paths/~1organization/put/requestBody/content/application~1json/example",
                "{\"organization\":{\"webhook_url\":\"https://example.com/tws-events\"}}",
            );
        report
            .check::<
                types::OrganizationEnvelope,
            >(
                "#/paths/~1organization/put/responses/200/content/application~1json/example",
                "{\"data\":{\"webhook_url\":\"https://example.com/tws-events\"}}",
            );
        report.finish();
    }
}
