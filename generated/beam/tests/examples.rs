// This file is generated from specs/beam.yaml by `cargo xtask generate`. Do not edit it by hand.

//! Every example in the spec decodes into its generated type and encodes back to the
//! same JSON (numbers compared by value).
#[rustfmt::skip]
mod examples {
    use beam_client::types;

    #[test]
    fn every_example_round_trips() {
        let mut report = codegen_runtime::ExampleReport::new(71);
        report
            .check::<
                types::LocalDateTime,
            >("#/components/schemas/LocalDateTime/example", "\"2014-07-09T18:07:50\"");
        report
            .check::<
                types::TimeOfDay,
            >("#/components/schemas/TimeOfDay/example", "\"09:00:00\"");
        report
            .check::<
                types::Info,
            >(
                "#/paths/~1info~1/get/responses/200/content/application~1json/example",
                "{\"key\":\"My Example API Key\",\"organization\":\"My Organization\",\"user\":null}",
            );
        report
            .check::<
                types::UserList,
            >(
                "#/paths/~1users~1/get/responses/200/content/application~1json/example",
                "{\"meta\":{\"limit\":10,\"next\":\"/admin-api/1/users/?limit=10&offset=10\",\"offset\":0,\"previous\":null,\"total_count\":60},\"objects\":[{\"email_address\":\"dufour@org3.net\",\"first_name\":\"Santos\",\"is_admin\":true,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Dufour\",\"profile_image\":null},{\"email_address\":\"jamar@org3.net\",\"first_name\":\"Usha\",\"is_admin\":true,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Jamar\",\"profile_image\":null},{\"email_address\":\"burbach@org3.net\",\"first_name\":\"Louetta\",\"is_admin\":true,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Burbach\",\"profile_image\":null},{\"email_address\":\"steinbeck@org3.net\",\"first_name\":\"Marcelino\",\"is_admin\":false,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Steinbeck\",\"profile_image\":null},{\"email_address\":\"coulston@org3.net\",\"first_name\":\"Arica\",\"is_admin\":false,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Coulston\",\"profile_image\":null},{\"email_address\":\"haak@org3.net\",\"first_name\":\"Terina\",\"is_admin\":false,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Haak\",\"profile_image\":null},{\"email_address\":\"armour@org3.net\",\"first_name\":\"Vanessa\",\"is_admin\":false,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Armour\",\"profile_image\":null},{\"email_address\":\"shoaf@org3.net\",\"first_name\":\"Betty\",\"is_admin\":false,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Shoaf\",\"profile_image\":null},{\"email_address\":\"blea@org3.net\",\"first_name\":\"Katerine\",\"is_admin\":false,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Blea\",\"profile_image\":null},{\"email_address\":\"kolodziej@org3.net\",\"first_name\":\"Susanna\",\"is_admin\":false,\"is_temporary\":false,\"last_login\":\"2014-07-09T18:07:50\",\"last_name\":\"Kolodziej\",\"profile_image\":null}]}",
            );
        report
            .check::<
                types::User,
            >(
                "#/paths/~1users~1{email}~1/get/responses/200/content/application~1json/example",
                "{\"email_address\":\"dufour@org3.net\",\"first_name\":\"Santos\",\"is_admin\":true,\"is_temporary\":false,\"last_name\":\"Dufour\",\"profile_image\":null,\"last_login\":\"2014-07-09T18:07:50\"}",
            );
        report
            .check::<
                types::UserPatch,
            >(
                "#/paths/~1users~1{email}~1/patch/requestBody/content/application~1json/example",
                "{\"is_admin\":false}",
            );
        report
            .check::<
                types::Invitation,
            >(
                "#/paths/~1invite~1/post/requestBody/content/application~1json/example",
                "{\"email_address\":\"smith@org3.net\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"from_name\":\"John Johnson\",\"device_groups\":[10]}",
            );
        report
            .check::<
                types::Invitation,
            >(
                "#/paths/~1invite~1/post/responses/201/content/application~1json/example",
                "{\"first_name\":\"Joe\",\"from_name\":\"John Johnson\",\"cc\":[],\"last_name\":\"Smith\",\"device_groups\":[10],\"message\":\"Here is your invitation to create a Beam account. Now you'll be able to Beam in to our site from anywhere!\",\"email_address\":\"smith@org3.net\"}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1invite~1/post/responses/400/content/application~1json/example",
                "{\"error\":\"The 'from_name' field has no data and doesn't allow a default or null value.\"}",
            );
        report
            .check::<
                types::DeviceList,
            >(
                "#/paths/~1devices~1/get/responses/200/content/application~1json/example",
                "{\"meta\":{\"previous\":null,\"total_count\":3,\"offset\":0,\"limit\":1000,\"next\":null},\"objects\":[{\"name\":\"Beam 1\",\"tags\":[\"Sales\",\"Marketing\"],\"time_zone\":\"America/Los_Angeles\",\"device_group\":4,\"location\":\"Downstairs\",\"profile_image\":null,\"state\":null,\"last_call\":null,\"id\":\"beam1234567\"},{\"name\":\"Home Beam\",\"tags\":[\"Mom's House\"],\"time_zone\":\"America/New_York\",\"device_group\":5,\"location\":\"Home\",\"profile_image\":null,\"state\":{\"call_state\":\"STATE_AVAILABLE\",\"batt_percent\":85,\"batt_charging\":true,\"pilot\":\"\",\"reported_at\":\"2014-02-28T19:55:31+00:00\"},\"last_call\":{\"call_end\":\"2014-03-09T20:19:24+00:00\",\"call_start\":\"2014-03-09T18:39:12+00:00\",\"pilot\":\"dufour@org3.net\"},\"id\":\"beam1234568\"},{\"name\":\"Beam 2\",\"tags\":[],\"time_zone\":\"America/Los_Angeles\",\"device_group\":6,\"location\":\"Building 1\",\"profile_image\":null,\"state\":{\"call_state\":\"STATE_IN_CALL\",\"batt_percent\":78,\"batt_charging\":false,\"pilot\":\"steinbeck@org3.net\",\"reported_at\":\"2014-02-28T19:55:31+00:00\"},\"last_call\":null,\"id\":\"beam1234569\"}]}",
            );
        report
            .check::<
                types::Device,
            >(
                "#/paths/~1devices~1{id}~1/get/responses/200/content/application~1json/example",
                "{\"name\":\"Beam 1\",\"tags\":[\"Sales\",\"Marketing\"],\"time_zone\":\"America/Los_Angeles\",\"device_group\":4,\"location\":\"Downstairs\",\"profile_image\":null,\"state\":null,\"last_call\":null,\"id\":\"beam1234567\"}",
            );
        report
            .check::<
                types::DevicePut,
            >(
                "#/paths/~1devices~1{id}~1/put/requestBody/content/application~1json/example",
                "{\"name\":\"Beam 123\",\"device_group\":6,\"time_zone\":\"America/Los_Angeles\"}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1devices~1{id}~1/put/responses/400/content/application~1json/example",
                "{\"error\":\"The 'name' field has no data and doesn't allow a default or null value.\"}",
            );
        report
            .check::<
                types::DevicePatch,
            >(
                "#/paths/~1devices~1{id}~1/patch/requestBody/content/application~1json/example",
                "{\"name\":\"Beam 123\",\"tags\":[\"Sales\",\"Marketing\"]}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1devices~1{id}~1/patch/responses/400/content/application~1json/example",
                "{\"error\":\"The 'name' field has no data and doesn't allow a default or null value.\"}",
            );
        report
            .check::<
                types::DeviceGroupList,
            >(
                "#/paths/~1device-groups~1/get/responses/200/content/application~1json/example",
                "{\"meta\":{\"previous\":null,\"total_count\":3,\"offset\":0,\"limit\":1000,\"next\":null},\"objects\":[{\"allowed_auth\":[\"a\"],\"name\":\"Sales Group\",\"id\":10,\"devices\":[\"beam1234567\",\"beam1234568\"],\"notify_last_pilot\":true,\"notify_users\":[\"shoaf@org3.net\",\"blea@org3.net\"],\"answer_users\":[\"shoaf@org3.net\"]},{\"allowed_auth\":[\"a\"],\"name\":\"Marketing Group\",\"id\":11,\"devices\":[\"beam9234567\",\"beam9234568\"],\"notify_last_pilot\":true,\"notify_users\":[\"shoaf@org3.net\",\"blea@org3.net\"],\"answer_users\":[]},{\"allowed_auth\":[\"a\"],\"name\":\"Development Group\",\"id\":12,\"devices\":[\"beam8234567\",\"beam8234568\"],\"notify_last_pilot\":false,\"notify_users\":[\"shoaf@org3.net\",\"blea@org3.net\"],\"answer_users\":[]}]}",
            );
        report
            .check::<
                types::DeviceGroupWrite,
            >(
                "#/paths/~1device-groups~1/post/requestBody/content/application~1json/example",
                "{\"name\":\"Sales Group\",\"notify_last_pilot\":true,\"devices\":[\"beam1234567\",\"beam1234568\"]}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1device-groups~1/post/responses/400/content/application~1json/example",
                "{\"error\":\"The 'name' field has no data and doesn't allow a default or null value.\"}",
            );
        report
            .check::<
                types::DeviceGroup,
            >(
                "#/paths/~1device-groups~1{id}~1/get/responses/200/content/application~1json/example",
                "{\"allowed_auth\":[\"a\"],\"name\":\"Sales Group\",\"id\":10,\"devices\":[\"beam1234567\",\"beam1234568\"],\"notify_last_pilot\":true,\"notify_users\":[\"shoaf@org3.net\",\"blea@org3.net\"],\"answer_users\":[]}",
            );
        report
            .check::<
                types::DeviceGroupWrite,
            >(
                "#/paths/~1device-groups~1{id}~1/put/requestBody/content/application~1json/example",
                "{\"name\":\"New Sales Group\",\"devices\":[\"beam1234567\"]}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1device-groups~1{id}~1/put/responses/400/content/application~1json/example",
                "{\"error\":\"The 'name' field has no data and doesn't allow a default or null value.\"}",
            );
        report
            .check::<
                types::DeviceGroupPatch,
            >(
                "#/paths/~1device-groups~1{id}~1/patch/requestBody/content/application~1json/example",
                "{\"name\":\"New Sales Group\"}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1device-groups~1{id}~1/patch/responses/400/content/application~1json/example",
                "{\"error\":\"The 'name' field has no data and doesn't allow a default or null value.\"}",
            );
        report
            .check::<
                types::UserGroupList,
            >(
                "#/paths/~1user-groups~1/get/responses/200/content/application~1json/example",
                "{\"meta\":{\"previous\":null,\"total_count\":1,\"offset\":0,\"limit\":1000,\"next\":null},\"objects\":[{\"name\":\"Developers\",\"id\":1,\"users\":[\"steinbeck@org3.net\",\"burbach@org3.net\"]}]}",
            );
        report
            .check::<
                types::UserGroupWrite,
            >(
                "#/paths/~1user-groups~1/post/requestBody/content/application~1json/example",
                "{\"name\":\"Developers\",\"users\":[\"steinbeck@org3.net\",\"burbach@org3.net\"]}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1user-groups~1/post/responses/400/content/application~1json/example",
                "{\"error\":\"The 'name' field has no data and doesn't allow a default or null value.\"}",
            );
        report
            .check::<
                types::UserGroup,
            >(
                "#/paths/~1user-groups~1{id}~1/get/responses/200/content/application~1json/example",
                "{\"name\":\"Developers\",\"id\":1,\"users\":[\"steinbeck@org3.net\",\"burbach@org3.net\"]}",
            );
        report
            .check::<
                types::UserGroupWrite,
            >(
                "#/paths/~1user-groups~1{id}~1/put/requestBody/content/application~1json/example",
                "{\"name\":\"Developers User Group\",\"users\":[\"steinbeck@org3.net\"]}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1user-groups~1{id}~1/put/responses/400/content/application~1json/example",
                "{\"error\":\"The 'name' field has no data and doesn't allow a default or null value.\"}",
            );
        report
            .check::<
                types::UserGroupPatch,
            >(
                "#/paths/~1user-groups~1{id}~1/patch/requestBody/content/application~1json/example",
                "{\"name\":\"Developers User Group\"}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1user-groups~1{id}~1/patch/responses/400/content/application~1json/example",
                "{\"error\":\"The 'name' field has no data and doesn't allow a default or null value.\"}",
            );
        report
            .check::<
                types::DeviceGroupMembershipList,
            >(
                "#/paths/~1device-group-memberships~1/get/responses/200/content/application~1json/example",
                "{\"meta\":{\"limit\":1000,\"next\":null,\"offset\":0,\"previous\":null,\"total_count\":2},\"objects\":[{\"access_times\":[],\"device_group\":1,\"id\":15,\"user\":null,\"user_group\":{\"name\":\"Developers\",\"id\":1,\"users\":[\"steinbeck@org3.net\",\"burbach@org3.net\"]}},{\"access_times\":[],\"device_group\":1,\"id\":14,\"user\":{\"email_address\":\"haak@org3.net\",\"first_name\":\"Terina\",\"is_admin\":false,\"last_name\":\"Haak\",\"profile_image\":null},\"user_group\":null}]}",
            );
        report
            .check::<
                types::MembershipWrite,
            >(
                "#/paths/~1device-group-memberships~1/post/requestBody/content/application~1json/example",
                "{\"device_group\":1,\"user\":\"haak@org3.net\"}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1device-group-memberships~1/post/responses/400/content/application~1json/example",
                "{\"error\":\"There is no user group with ID 10 in this organization.\"}",
            );
        report
            .check::<
                types::MembershipBulk,
            >(
                "#/paths/~1device-group-memberships~1/patch/requestBody/content/application~1json/example",
                "{\"objects\":[{\"device_group\":1,\"user\":\"haak@org3.net\"},{\"device_group\":1,\"user_group\":10}]}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1device-group-memberships~1/patch/responses/400/content/application~1json/example",
                "{\"error\":\"There is no user group with ID 10 in this organization.\"}",
            );
        report
            .check::<
                types::DeviceGroupMembership,
            >(
                "#/paths/~1device-group-memberships~1{id}~1/get/responses/200/content/application~1json/example",
                "{\"id\":14,\"device_group\":1,\"user\":\"haak@org3.net\",\"user_group\":null,\"access_times\":[876,987]}",
            );
        report
            .check::<
                types::MembershipWrite,
            >(
                "#/paths/~1device-group-memberships~1{id}~1/put/requestBody/content/application~1json/example",
                "{\"device_group\":1,\"user\":\"haak@org3.net\",\"user_group\":null}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1device-group-memberships~1{id}~1/put/responses/400/content/application~1json/example",
                "{\"error\":\"'user': That user doesn't exist.\"}",
            );
        report
            .check::<
                types::MembershipPatch,
            >(
                "#/paths/~1device-group-memberships~1{id}~1/patch/requestBody/content/application~1json/example",
                "{\"user\":\"steinbeck@org3.net\"}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1device-group-memberships~1{id}~1/patch/responses/400/content/application~1json/example",
                "{\"error\":\"'user': That user doesn't exist.\"}",
            );
        report
            .check::<
                types::AccessTimeList,
            >(
                "#/paths/~1access-times~1/get/responses/200/content/application~1json/example",
                "{\"meta\":{\"limit\":1000,\"next\":null,\"offset\":0,\"previous\":null,\"total_count\":3},\"objects\":[{\"device_group_membership\":28,\"end_time\":\"16:30:00\",\"friday\":false,\"id\":25,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":false,\"tuesday\":false,\"wednesday\":false},{\"device_group_membership\":28,\"end_time\":null,\"friday\":false,\"id\":33,\"monday\":false,\"saturday\":false,\"start_time\":null,\"sunday\":true,\"thursday\":false,\"tuesday\":false,\"wednesday\":false},{\"device_group_membership\":28,\"end_time\":\"09:30:00\",\"friday\":false,\"id\":40,\"monday\":false,\"saturday\":false,\"start_time\":\"07:00:00\",\"sunday\":true,\"thursday\":false,\"tuesday\":true,\"wednesday\":false}]}",
            );
        report
            .check::<
                types::AccessTimeWrite,
            >(
                "#/paths/~1access-times~1/post/requestBody/content/application~1json/example",
                "{\"device_group_membership\":24,\"end_time\":\"17:00:00\",\"friday\":true,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1access-times~1/post/responses/400/content/application~1json/example",
                "{\"error\":\"Device group membership with id 24 does not exist.\"}",
            );
        report
            .check::<
                types::AccessTime,
            >(
                "#/paths/~1access-times~1{id}~1/get/responses/200/content/application~1json/example",
                "{\"device_group_membership\":24,\"end_time\":\"17:00:00\",\"friday\":true,\"id\":41,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}",
            );
        report
            .check::<
                types::AccessTimeWrite,
            >(
                "#/paths/~1access-times~1{id}~1/put/requestBody/content/application~1json/example",
                "{\"device_group_membership\":24,\"friday\":true,\"monday\":true,\"saturday\":false,\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1access-times~1{id}~1/put/responses/400/content/application~1json/example",
                "{\"error\":\"Device group membership with id 24 does not exist\"}",
            );
        report
            .check::<
                types::DefaultAccessTimeList,
            >(
                "#/paths/~1default-access-times~1/get/responses/200/content/application~1json/example",
                "{\"meta\":{\"limit\":1000,\"next\":null,\"offset\":0,\"previous\":null,\"total_count\":2},\"objects\":[{\"device_group\":1,\"end_time\":null,\"friday\":false,\"id\":1,\"monday\":false,\"saturday\":true,\"start_time\":null,\"sunday\":true,\"thursday\":false,\"tuesday\":false,\"wednesday\":false},{\"device_group\":1,\"end_time\":\"17:00:00\",\"friday\":true,\"id\":8,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}]}",
            );
        report
            .check::<
                types::DefaultAccessTimeWrite,
            >(
                "#/paths/~1default-access-times~1/post/requestBody/content/application~1json/example",
                "{\"device_group\":1,\"end_time\":\"17:00:00\",\"friday\":true,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1default-access-times~1/post/responses/400/content/application~1json/example",
                "{\"error\":\"Device group with id 10 does not exist.\"}",
            );
        report
            .check::<
                types::DefaultAccessTime,
            >(
                "#/paths/~1default-access-times~1{id}~1/get/responses/200/content/application~1json/example",
                "{\"device_group\":1,\"end_time\":\"17:00:00\",\"friday\":true,\"id\":8,\"monday\":true,\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}",
            );
        report
            .check::<
                types::TemporaryAccessList,
            >(
                "#/paths/~1temporary-access~1/get/responses/200/content/application~1json/example",
                "{\"meta\":{\"limit\":1000,\"next\":null,\"offset\":0,\"previous\":null,\"total_count\":3},\"objects\":[{\"answer_required\":true,\"device_group\":1,\"email_address\":\"joe@org3.net\",\"end\":\"2014-04-24T12:00:00\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"start\":\"2014-04-24T11:00:00\"},{\"answer_required\":false,\"device_group\":2,\"email_address\":\"jaden@org3.net\",\"end\":\"2014-04-24T13:00:00\",\"first_name\":\"Jaden\",\"last_name\":\"Smith\",\"start\":\"2014-04-24T12:00:00\"},{\"answer_required\":false,\"device_group\":2,\"email_address\":\"will@org3.net\",\"end\":\"2014-04-24T13:00:00\",\"first_name\":\"Will\",\"last_name\":\"Smith\",\"start\":\"2014-04-24T12:00:00\"}]}",
            );
        report
            .check::<
                types::TemporaryAccessWrite,
            >(
                "#/paths/~1temporary-access~1/post/requestBody/content/application~1json/example",
                "{\"answer_required\":true,\"email_address\":\"smith@org3.net\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"device_group\":10,\"start\":\"2013-12-31T11:59:50\",\"end\":\"2014-01-01T00:10:00\"}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1temporary-access~1/post/responses/400/content/application~1json/example",
                "{\"error\":\"There is no device group with ID 10 in this organization.\"}",
            );
        report
            .check::<
                types::TemporaryAccess,
            >(
                "#/paths/~1temporary-access~1{id}~1/get/responses/200/content/application~1json/example",
                "{\"answer_required\":true,\"device_group\":1,\"email_address\":\"joe@org3.net\",\"end\":\"2014-04-24T12:00:00\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"start\":\"2014-04-24T11:00:00\"}",
            );
        report
            .check::<
                types::TemporaryAccessWrite,
            >(
                "#/paths/~1temporary-access~1{id}~1/put/requestBody/content/application~1json/example",
                "{\"answer_required\":false,\"device_group\":1,\"email_address\":\"joe@org3.net\",\"end\":\"2014-04-24T13:00:00\",\"first_name\":\"Joe\",\"last_name\":\"Smith\",\"start\":\"2014-04-24T11:00:00\"}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1temporary-access~1{id}~1/put/responses/400/content/application~1json/example",
                "{\"error\":\"The 'end' field has no data and doesn't allow a default or null value.\"}",
            );
        report
            .check::<
                types::TemporaryAccessPatch,
            >(
                "#/paths/~1temporary-access~1{id}~1/patch/requestBody/content/application~1json/example",
                "{\"end\":\"2014-04-24T13:00:00\"}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1temporary-access~1{id}~1/patch/responses/400/content/application~1json/example",
                "{\"error\":\"The 'end' field has no data and doesn't allow a default or null value.\"}",
            );
        report
            .check::<
                types::ApiKeyList,
            >(
                "#/paths/~1api-keys~1/get/responses/200/content/application~1json/example",
                "{\"meta\":{\"limit\":1000,\"next\":null,\"offset\":0,\"previous\":null,\"total_count\":2},\"objects\":[{\"name\":\"default\",\"prefix\":\"APIKEY:nd0pWLoCy0gU\"},{\"name\":\"dev\",\"prefix\":\"APIKEY:DPhUV2KZm3Fp\"}]}",
            );
        report
            .check::<
                types::ApiKeyCreate,
            >(
                "#/paths/~1api-keys~1/post/requestBody/content/application~1json/example",
                "{\"name\":\"production\"}",
            );
        report
            .check::<
                types::ApiKey,
            >(
                "#/paths/~1api-keys~1/post/responses/201/content/application~1json/example",
                "{\"api_key\":\"APIKEY:htyZcGYpPnZp:n0d8M01Mg8Ze9cCiG0WRP6CvP++BKm69xehxkleSZPB/\",\"name\":\"default\",\"prefix\":\"APIKEY:htyZcGYpPnZp\"}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1api-keys~1/post/responses/400/content/application~1json/example",
                "{\"error\":\"name: An API Key with that name already exists.\"}",
            );
        report
            .check::<
                types::AccessTimeTemplateList,
            >(
                "#/paths/~1access-time-templates~1/get/responses/200/content/application~1json/example",
                "{\"meta\":{\"limit\":20,\"next\":null,\"offset\":0,\"previous\":null,\"total_count\":1},\"objects\":[{\"access_time_template_items\":[{\"access_time_template\":\"/admin-api/1/access-time-templates/1/\",\"answer_required\":false,\"end_time\":null,\"friday\":false,\"id\":1,\"monday\":false,\"resource_uri\":\"\",\"saturday\":true,\"start_time\":null,\"sunday\":false,\"thursday\":false,\"tuesday\":false,\"wednesday\":false},{\"access_time_template\":\"/admin-api/1/access-time-templates/1/\",\"answer_required\":false,\"end_time\":\"17:00:00\",\"friday\":true,\"id\":2,\"monday\":true,\"resource_uri\":\"\",\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}],\"id\":1,\"name\":\"Workdays and Saturday\",\"resource_uri\":\"/admin-api/1/access-time-templates/1/\"}]}",
            );
        report
            .check::<
                types::AccessTimeTemplateWrite,
            >(
                "#/paths/~1access-time-templates~1/post/requestBody/content/application~1json/example",
                "{\"access_time_template_items\":[{\"answer_required\":false,\"end_time\":null,\"friday\":false,\"monday\":true,\"saturday\":false,\"start_time\":null,\"sunday\":true,\"thursday\":false,\"tuesday\":false,\"wednesday\":false}],\"name\":\"Workdays\"}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1access-time-templates~1/post/responses/400/content/application~1json/example",
                "{\"error\":\"Access time template with name 'Workdays' already exists\"}",
            );
        report
            .check::<
                types::AccessTimeTemplate,
            >(
                "#/paths/~1access-time-templates~1{id}~1/get/responses/200/content/application~1json/example",
                "{\"access_time_template_items\":[{\"access_time_template\":\"/admin-api/1/access-time-templates/1/\",\"answer_required\":false,\"end_time\":null,\"friday\":false,\"id\":1,\"monday\":false,\"resource_uri\":\"\",\"saturday\":true,\"start_time\":null,\"sunday\":false,\"thursday\":false,\"tuesday\":false,\"wednesday\":false},{\"access_time_template\":\"/admin-api/1/access-time-templates/1/\",\"answer_required\":false,\"end_time\":\"17:00:00\",\"friday\":true,\"id\":2,\"monday\":true,\"resource_uri\":\"\",\"saturday\":false,\"start_time\":\"09:00:00\",\"sunday\":false,\"thursday\":true,\"tuesday\":true,\"wednesday\":true}],\"id\":1,\"name\":\"Workdays and Saturday\",\"resource_uri\":\"/admin-api/1/access-time-templates/1/\"}",
            );
        report
            .check::<
                types::AccessTimeTemplatePatch,
            >(
                "#/paths/~1access-time-templates~1{id}~1/patch/requestBody/content/application~1json/example",
                "{\"name\":\"Workday\"}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1access-time-templates~1{id}~1/patch/responses/400/content/application~1json/example",
                "{\"error\":\"Access time template with name 'Workdays' already exists\"}",
            );
        report
            .check::<
                types::ApplyAccessTimeTemplate,
            >(
                "#/paths/~1apply-access-time-templates~1/post/requestBody/content/application~1json/example",
                "{\"access_time_template\":10,\"device_group_membership\":20}",
            );
        report
            .check::<
                types::ApiError,
            >(
                "#/paths/~1apply-access-time-templates~1/post/responses/400/content/application~1json/example",
                "{\"error\":\"Device group membership with id '10' does not exist.\"}",
            );
        report.finish();
    }
}
